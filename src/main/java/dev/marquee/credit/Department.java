package dev.marquee.credit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * The crew department a credit belongs to; crew lists are grouped by it, in this order.
 */
public enum Department implements CodedEnum {

	DIRECTING("directing"), WRITING("writing"), PRODUCING("producing"), MUSIC("music"),
	CINEMATOGRAPHY("cinematography"), EDITING("editing"), CASTING("casting"), PRODUCTION_DESIGN("production_design"),
	ART("art"), COSTUME("costume"), MAKEUP("makeup"), SOUND("sound"), VISUAL_EFFECTS("visual_effects"),
	SPECIAL_EFFECTS("special_effects"), STUNTS("stunts"), CAMERA("camera"), CHOREOGRAPHY("choreography"),
	OTHER("other");

	private final String code;

	Department(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static Department fromCode(String code) {
		return CodedEnum.fromCode(Department.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Department> {

		JpaConverter() {
			super(Department.class);
		}

	}

}
