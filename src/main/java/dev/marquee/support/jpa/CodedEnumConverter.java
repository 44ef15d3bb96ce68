package dev.marquee.support.jpa;

import jakarta.persistence.AttributeConverter;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@link CodedEnum} as its code. Subclass per enum and mark the subclass
 * {@code @Converter(autoApply = true)}.
 */
public abstract class CodedEnumConverter<E extends Enum<E> & CodedEnum> implements AttributeConverter<E, String> {

	private final Class<E> type;

	protected CodedEnumConverter(Class<E> type) {
		this.type = type;
	}

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable E value) {
		return (value != null) ? value.code() : null;
	}

	@Override
	public @Nullable E convertToEntityAttribute(@Nullable String code) {
		return (code != null) ? CodedEnum.fromCode(this.type, code) : null;
	}

}
