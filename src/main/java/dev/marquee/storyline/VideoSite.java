package dev.marquee.storyline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;
import dev.marquee.support.jpa.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * Where a video is: on a video site, known by the video's key there, or anywhere on the
 * web, by an https URL.
 */
public enum VideoSite implements CodedEnum {

	YOUTUBE("youtube"), VIMEO("vimeo"), WEB("web");

	private final String code;

	VideoSite(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static VideoSite fromCode(String code) {
		return CodedEnum.fromCode(VideoSite.class, code);
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<VideoSite> {

		JpaConverter() {
			super(VideoSite.class);
		}

	}

}
