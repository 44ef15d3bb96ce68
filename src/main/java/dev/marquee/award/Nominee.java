package dev.marquee.award;

import dev.marquee.person.PersonRef;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "A nominee as the award names them; person links to the person when known.")
public record Nominee(@Schema(example = "Damien Chazelle") String name, @Nullable PersonRef person) {
}
