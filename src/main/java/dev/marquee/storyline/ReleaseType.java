package dev.marquee.storyline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * The kind of release a certificate was given for, as TMDB names them.
 */
public enum ReleaseType implements CodedEnum {

	PREMIERE("premiere"), THEATRICAL_LIMITED("theatrical_limited"), THEATRICAL("theatrical"), DIGITAL("digital"),
	PHYSICAL("physical"), TV("tv");

	private final String code;

	ReleaseType(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static ReleaseType fromCode(String code) {
		return CodedEnum.fromCode(ReleaseType.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<ReleaseType> {

		JpaConverter() {
			super(ReleaseType.class);
		}

	}

}
