package dev.marquee.film;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * The kind of title, with IMDb's own codes so imported data maps one to one.
 */
public enum FilmType implements CodedEnum {

	MOVIE("movie"), SHORT("short"), TV_SERIES("tvSeries"), TV_MINI_SERIES("tvMiniSeries"), TV_EPISODE("tvEpisode"),
	TV_MOVIE("tvMovie"), TV_SPECIAL("tvSpecial"), TV_SHORT("tvShort"), TV_PILOT("tvPilot"), VIDEO("video"),
	VIDEO_GAME("videoGame");

	private final String code;

	FilmType(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static FilmType fromCode(String code) {
		return CodedEnum.fromCode(FilmType.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<FilmType> {

		JpaConverter() {
			super(FilmType.class);
		}

	}

}
