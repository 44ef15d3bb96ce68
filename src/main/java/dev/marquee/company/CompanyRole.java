package dev.marquee.company;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * What a company did for a film; company credits are grouped by it, in this order.
 */
public enum CompanyRole implements CodedEnum {

	PRODUCTION("production"), DISTRIBUTION("distribution"), SALES("sales"), SPECIAL_EFFECTS("special_effects"),
	OTHER("other");

	private final String code;

	CompanyRole(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static CompanyRole fromCode(String code) {
		return CodedEnum.fromCode(CompanyRole.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<CompanyRole> {

		JpaConverter() {
			super(CompanyRole.class);
		}

	}

}
