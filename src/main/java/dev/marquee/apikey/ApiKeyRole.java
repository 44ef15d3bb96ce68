package dev.marquee.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * What a key may do: {@code reader} reads (as anyone may), {@code admin} everything.
 */
public enum ApiKeyRole implements CodedEnum {

	READER("reader"), ADMIN("admin");

	private final String code;

	ApiKeyRole(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	/**
	 * The Spring Security authority a key of this role holds ({@code ROLE_ADMIN}, …).
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	@JsonCreator
	public static ApiKeyRole fromCode(String code) {
		return CodedEnum.fromCode(ApiKeyRole.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<ApiKeyRole> {

		JpaConverter() {
			super(ApiKeyRole.class);
		}

	}

}
