package dev.marquee.boxoffice;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money: a decimal (never a float) and its ISO 4217 currency.
 */
@Schema(description = "An amount of money with its ISO 4217 currency; amount is a JSON number with at most 2 decimals.")
public record Money(
		@NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Schema(example = "151101803") BigDecimal amount,
		@NotNull @Pattern(regexp = "[A-Z]{3}") @Schema(example = "USD") String currency) {

	static @Nullable Money of(@Nullable BigDecimal amount, @Nullable String currency) {
		return (amount != null && currency != null)
				? new Money(amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0) : amount, currency) : null;
	}

}
