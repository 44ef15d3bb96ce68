package dev.marquee.support.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Puts Swagger UI in a reading order: the tags as {@code openapi/tags.txt} lists them
 * (films first, then a film's sections family by family, the admin API last), the
 * operations of a film's sections under the tag of their family, and in every tag the
 * collection before its items ({@code /films/{id}/cast} before
 * {@code /films/{id}/cast/{itemId}}), since Swagger UI shows operations in the document's
 * path order. Operation ids are left as they are.
 */
@Component
class OpenApiTags implements OpenApiCustomizer {

	private static final String FILM_SECTIONS = "/api/v1/films/{id}/";

	private final List<Listed> listed = read();

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		Map<String, String> familyOf = new HashMap<>();
		this.listed.forEach((tag) -> tag.segments().forEach((segment) -> familyOf.put(segment, tag.name())));
		Set<String> used = new LinkedHashSet<>();
		openApi.getPaths().forEach((path, item) -> {
			String family = familyOf.get(segment(path));
			for (Operation operation : item.readOperations()) {
				if (family != null) {
					operation.setTags(List.of(family));
				}
				if (operation.getTags() != null) {
					used.addAll(operation.getTags());
				}
			}
		});
		List<String> order = order(used);
		openApi.setTags(tags(order, openApi.getTags()));
		List<String> segments = this.listed.stream().flatMap((tag) -> tag.segments().stream()).toList();
		openApi.setPaths(sorted(openApi.getPaths(), order, segments));
	}

	/**
	 * The tags in their order: those listed as listed, any other before the admin tags.
	 */
	private List<String> order(Set<String> used) {
		List<String> order = new ArrayList<>();
		List<String> admin = new ArrayList<>();
		for (Listed tag : this.listed) {
			if (used.contains(tag.name())) {
				(tag.name().startsWith("Admin") ? admin : order).add(tag.name());
			}
		}
		used.stream().filter((tag) -> !order.contains(tag) && !admin.contains(tag)).sorted().forEach(order::add);
		order.addAll(admin);
		return order;
	}

	private List<Tag> tags(List<String> order, @Nullable List<Tag> declared) {
		Map<String, String> descriptions = new HashMap<>();
		if (declared != null) {
			declared.stream()
				.filter((tag) -> tag.getDescription() != null)
				.forEach((tag) -> descriptions.put(tag.getName(), tag.getDescription()));
		}
		this.listed.stream()
			.filter((tag) -> !tag.description().isEmpty())
			.forEach((tag) -> descriptions.put(tag.name(), tag.description()));
		return order.stream().map((name) -> new Tag().name(name).description(descriptions.get(name))).toList();
	}

	/**
	 * The paths by their tag's place, a film's sections in the order their tag lists
	 * them, then by path, so that a collection comes before its items.
	 */
	private static Paths sorted(Paths paths, List<String> order, List<String> segments) {
		Comparator<Map.Entry<String, PathItem>> byTag = Comparator
			.comparingInt((entry) -> rank(entry.getValue(), order));
		List<Map.Entry<String, PathItem>> entries = new ArrayList<>(paths.entrySet());
		entries.sort(byTag.thenComparingInt((entry) -> segments.indexOf(segment(entry.getKey())))
			.thenComparing(Map.Entry::getKey));
		Paths sorted = new Paths();
		entries.forEach((entry) -> sorted.addPathItem(entry.getKey(), entry.getValue()));
		if (paths.getExtensions() != null) {
			sorted.setExtensions(new LinkedHashMap<>(paths.getExtensions()));
		}
		return sorted;
	}

	private static int rank(PathItem item, List<String> order) {
		return item.readOperations()
			.stream()
			.filter((operation) -> operation.getTags() != null && !operation.getTags().isEmpty())
			.mapToInt((operation) -> order.indexOf(operation.getTags().get(0)))
			.min()
			.orElse(order.size());
	}

	/**
	 * The first segment after {@code /api/v1/films/{id}/}, or {@code null}.
	 */
	private static @Nullable String segment(String path) {
		if (!path.startsWith(FILM_SECTIONS)) {
			return null;
		}
		String rest = path.substring(FILM_SECTIONS.length());
		int slash = rest.indexOf('/');
		return (slash < 0) ? rest : rest.substring(0, slash);
	}

	private static List<Listed> read() {
		try {
			String text = new ClassPathResource("openapi/tags.txt").getContentAsString(StandardCharsets.UTF_8);
			return text.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).map((line) -> {
				String[] fields = line.split("\\|", -1);
				return new Listed(fields[0].strip(), fields[1].strip(),
						fields[2].isBlank() ? List.of() : List.of(fields[2].strip().split(" +")));
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Listed(String name, String description, List<String> segments) {

	}

}
