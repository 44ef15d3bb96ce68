package dev.marquee.film;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.Closest;
import dev.marquee.support.web.InvalidParam;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

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

	/**
	 * The type a query parameter names, or null when it is absent; an unknown code is
	 * refused naming the parameter and every known code.
	 */
	public static @Nullable FilmType ofParameter(String parameter, @Nullable String code) {
		if (code == null) {
			return null;
		}
		return Arrays.stream(values())
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> ApiException.invalidParameter(InvalidParam.query(parameter,
					"unknown type '" + code + "'; expected one of "
							+ Arrays.stream(values()).map(FilmType::code).collect(Collectors.joining(", "))
							+ Closest.hint(code, Arrays.stream(values()).map(FilmType::code).toList()))));
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<FilmType> {

		JpaConverter() {
			super(FilmType.class);
		}

	}

}
