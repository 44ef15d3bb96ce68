package dev.marquee.apikey;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin sends to create a key.
 */
@Schema(description = "A key to create: a name to recognise it by, and its role.")
record NewApiKey(@Schema(example = "catalogue editor") @NotBlank @Size(max = 100) String name,
		@Schema(example = "reader", allowableValues = {
				"reader", "admin" }) @NotNull ApiKeyRole role){
}
