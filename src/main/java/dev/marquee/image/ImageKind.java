package dev.marquee.image;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.support.jpa.CodedEnum;

/**
 * What an image shows: a film's poster, backdrop, still or logo (its title treatment), a
 * person's profile photo or a company's logo.
 */
public enum ImageKind implements CodedEnum {

	POSTER("poster"), BACKDROP("backdrop"), STILL("still"), LOGO("logo"), PROFILE("profile");

	private final String code;

	ImageKind(String code) {
		this.code = code;
	}

	@Override
	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	public static ImageKind fromCode(String code) {
		return CodedEnum.fromCode(ImageKind.class, code);
	}

}
