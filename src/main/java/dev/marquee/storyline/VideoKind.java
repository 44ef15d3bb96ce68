package dev.marquee.storyline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * The kind of a video, as TMDB names them.
 */
public enum VideoKind implements CodedEnum {

	TRAILER("trailer"), TEASER("teaser"), CLIP("clip"), FEATURETTE("featurette");

	private final String code;

	VideoKind(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static VideoKind fromCode(String code) {
		return CodedEnum.fromCode(VideoKind.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<VideoKind> {

		JpaConverter() {
			super(VideoKind.class);
		}

	}

}
