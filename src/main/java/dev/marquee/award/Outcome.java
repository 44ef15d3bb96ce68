package dev.marquee.award;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

public enum Outcome implements CodedEnum {

	WON("won"), NOMINATED("nominated");

	private final String code;

	Outcome(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static Outcome fromCode(String code) {
		return CodedEnum.fromCode(Outcome.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Outcome> {

		JpaConverter() {
			super(Outcome.class);
		}

	}

}
