package dev.marquee.soundtrack;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * What a soundtrack credit line says: "Written by", "Performed by", "Courtesy of", "By
 * arrangement with", …
 */
public enum CreditRole implements CodedEnum {

	WRITTEN_BY("written_by"), MUSIC_BY("music_by"), LYRICS_BY("lyrics_by"), PERFORMED_BY("performed_by"),
	PRODUCED_BY("produced_by"), ARRANGED_BY("arranged_by"), COURTESY_OF("courtesy_of"),
	BY_ARRANGEMENT_WITH("by_arrangement_with"), UNDER_LICENSE_FROM("under_license_from"), OTHER("other");

	private final String code;

	CreditRole(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static CreditRole fromCode(String code) {
		return CodedEnum.fromCode(CreditRole.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<CreditRole> {

		JpaConverter() {
			super(CreditRole.class);
		}

	}

}
