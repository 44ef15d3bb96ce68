package dev.marquee.didyouknow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * IMDb's goof categories.
 */
public enum GoofCategory implements CodedEnum {

	ANACHRONISM("anachronism"), AUDIO_VISUAL_UNSYNCHRONIZED("audio_visual_unsynchronized"),
	BOOM_MIC_VISIBLE("boom_mic_visible"), CHARACTER_ERROR("character_error"), CONTINUITY("continuity"),
	CREW_OR_EQUIPMENT_VISIBLE("crew_or_equipment_visible"), ERRORS_IN_GEOGRAPHY("errors_in_geography"),
	FACTUAL_ERROR("factual_error"), INCORRECTLY_REGARDED_AS_GOOFS("incorrectly_regarded_as_goofs"),
	MISCELLANEOUS("miscellaneous"), PLOT_HOLE("plot_hole"), REVEALING_MISTAKE("revealing_mistake");

	private final String code;

	GoofCategory(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static GoofCategory fromCode(String code) {
		return CodedEnum.fromCode(GoofCategory.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<GoofCategory> {

		JpaConverter() {
			super(GoofCategory.class);
		}

	}

}
