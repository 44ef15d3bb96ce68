package dev.marquee.section;

import dev.marquee.support.web.PageView;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves a section's items at {@code /api/v1/films/{id}/<path>}: the list (when the
 * section is listed), and each item read with its version and written against it. A
 * section's controller only names its types and its store; {@link SectionRegistry} maps
 * these methods at the section's path, {@link SectionDocumentation} documents them.
 *
 * @param <I> the item's writable fields
 * @param <V> the item as answered
 */
@Tag(name = SectionDocumentation.TAG)
public abstract class SectionItemController<I, V> {

	private final SectionItems items;

	private final SectionItemStore<?, I, V> store;

	protected SectionItemController(SectionItems items, SectionItemStore<?, I, V> store) {
		this.items = items;
		this.store = store;
	}

	SectionDescriptor descriptor() {
		return this.store.descriptor();
	}

	public PageView<V> list(@PathVariable String id, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String spoilers) {
		return this.items.page(filmId(id), new SectionQuery(size, after, sort, spoilers), this.store);
	}

	public ResponseEntity<V> get(@PathVariable String id, @PathVariable long itemId) {
		return this.items.read(filmId(id), itemId, this.store).ok();
	}

	public ResponseEntity<V> add(@PathVariable String id, @RequestBody @Valid I input) {
		return this.items.add(filmId(id), input, this.store).created(id, descriptor().path());
	}

	public ResponseEntity<V> replace(@PathVariable String id, @PathVariable long itemId, @RequestBody @Valid I input,
			HttpServletRequest request) {
		return this.items.replace(filmId(id), itemId, input, Preconditions.of(request), this.store).ok();
	}

	public ResponseEntity<V> patch(@PathVariable String id, @PathVariable long itemId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(type = "object"))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		return this.items.patch(filmId(id), itemId, patch, Preconditions.of(request), this.store).ok();
	}

	public ResponseEntity<Void> delete(@PathVariable String id, @PathVariable long itemId, HttpServletRequest request) {
		this.items.remove(filmId(id), itemId, Preconditions.of(request), this.store);
		return ResponseEntity.noContent().build();
	}

	private static ResourceId filmId(String id) {
		return ResourceId.parse(id, "tt", "id");
	}

}
