package dev.marquee.didyouknow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * How another title relates to this one ("Featured in", "References", "Spoofed in", …).
 */
public enum ConnectionKind implements CodedEnum {

	FOLLOWS("follows"), FOLLOWED_BY("followed_by"), REMAKE_OF("remake_of"), REMADE_AS("remade_as"),
	VERSION_OF("version_of"), REFERENCES("references"), REFERENCED_IN("referenced_in"), FEATURES("features"),
	FEATURED_IN("featured_in"), SPOOFS("spoofs"), SPOOFED_IN("spoofed_in"), EDITED_FROM("edited_from"),
	EDITED_INTO("edited_into"), SPIN_OFF_FROM("spin_off_from"), SPIN_OFF("spin_off");

	private final String code;

	ConnectionKind(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static ConnectionKind fromCode(String code) {
		return CodedEnum.fromCode(ConnectionKind.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<ConnectionKind> {

		JpaConverter() {
			super(ConnectionKind.class);
		}

	}

}
