package dev.marquee.support.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Spring MVC's request mappings, passed over cheaply where their path cannot match. A
 * path with a variable ({@code /api/v1/films/{id}}) has no direct match, so Spring tests
 * every mapping of the application (over 150) for every such request: each mapping's
 * method, parameters, headers, media types and version first, each asking the request
 * through every filter's wrapper, then its path patterns. That was the largest share of a
 * film read's CPU besides the film itself (docs/benchmarks.md).
 * <p>
 * Here each request's path is split into its segments once, and a mapping whose every
 * pattern differs from it in the number of segments or in a literal segment is passed
 * over before any condition is tested. Everything else gets Spring's own test, so the
 * mapping chosen is the same: a pattern is only passed over when it cannot match, and a
 * pattern or path this shortcut does not read plainly (wildcards across segments, empty
 * segments, a trailing slash, case-insensitive matching) always gets the full test.
 */
class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	/**
	 * Per mapping, its patterns' shapes (an empty list: test it in full). Read by every
	 * request for every mapping, written once per mapping: copied on write, read without
	 * a lock, by identity, as the registry's mappings are the keys.
	 */
	private volatile Map<RequestMappingInfo, List<@Nullable String[]>> shapes = new IdentityHashMap<>();

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		String @Nullable [] segments = ServletRequestPathUtils.hasParsedRequestPath(request)
				? segments(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()) : null;
		return super.lookupHandlerMethod(lookupPath,
				(segments != null && plainPatterns()) ? new SplitPath(request, segments) : request);
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		if (request instanceof SplitPath path && !mayMatch(info, path.segments)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	private boolean plainPatterns() {
		PathPatternParser parser = getPatternParser();
		return parser != null && parser.isCaseSensitive() && parser.getPathOptions().separator() == '/';
	}

	private boolean mayMatch(RequestMappingInfo info, String[] path) {
		List<@Nullable String[]> patterns = this.shapes.get(info);
		if (patterns == null) {
			patterns = remember(info);
		}
		if (patterns.isEmpty()) {
			return true;
		}
		for (String[] pattern : patterns) {
			if (mayMatch(pattern, path)) {
				return true;
			}
		}
		return false;
	}

	private synchronized List<@Nullable String[]> remember(RequestMappingInfo info) {
		Map<RequestMappingInfo, List<@Nullable String[]>> copy = new IdentityHashMap<>(this.shapes);
		List<@Nullable String[]> patterns = copy.computeIfAbsent(info, PathFirstHandlerMapping::shapes);
		this.shapes = copy;
		return patterns;
	}

	/**
	 * Whether a path of these segments may match a pattern of this shape: a literal per
	 * segment, or null where the pattern captures or wildcards.
	 */
	private static boolean mayMatch(@Nullable String[] pattern, String[] path) {
		if (pattern.length != path.length) {
			return false;
		}
		for (int i = 0; i < pattern.length; i++) {
			if (pattern[i] != null && !pattern[i].equals(path[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The shapes of a mapping's patterns, or none when any of them is not plain (so the
	 * mapping is always tested in full).
	 */
	private static List<@Nullable String[]> shapes(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.isEmptyPathMapping()) {
			return List.of();
		}
		List<@Nullable String[]> shapes = new ArrayList<>();
		for (PathPattern pattern : condition.getPatterns()) {
			@Nullable String @Nullable [] shape = shape(pattern.getPatternString());
			if (shape == null) {
				return List.of();
			}
			shapes.add(shape);
		}
		return List.copyOf(shapes);
	}

	/**
	 * {@code /api/v1/films/{id}} as {@code [api, v1, films, null]}; null for a pattern
	 * that may match across segments ({@code **}, <code>{*rest}</code>, a capture whose
	 * pattern holds a slash), or has an empty segment or a trailing slash.
	 */
	private static @Nullable String @Nullable [] shape(String pattern) {
		if (!pattern.startsWith("/") || pattern.endsWith("/") || pattern.contains("//") || pattern.contains("**")
				|| pattern.contains("{*")) {
			return null;
		}
		String[] parts = pattern.substring(1).split("/", -1);
		@Nullable String[] segments = new String[parts.length];
		for (int i = 0; i < parts.length; i++) {
			if (parts[i].chars().filter((c) -> c == '{').count() != parts[i].chars().filter((c) -> c == '}').count()) {
				return null; // a capture with a slash in its pattern
			}
			segments[i] = isLiteral(parts[i]) ? parts[i] : null;
		}
		return segments;
	}

	private static boolean isLiteral(String segment) {
		for (int i = 0; i < segment.length(); i++) {
			switch (segment.charAt(i)) {
				case '{', '}', '*', '?', '%', ';', '\\' -> {
					return false;
				}
				default -> {
				}
			}
		}
		return true;
	}

	/**
	 * The path's segments as patterns match them (decoded, without path parameters); null
	 * for a path with an empty segment or a trailing slash.
	 */
	private static String @Nullable [] segments(PathContainer path) {
		List<PathContainer.Element> elements = path.elements();
		int count = elements.size();
		if (count < 2 || count % 2 != 0) {
			return null;
		}
		String[] segments = new String[count / 2];
		for (int i = 0; i < count; i += 2) {
			if (!(elements.get(i) instanceof PathContainer.Separator)
					|| !(elements.get(i + 1) instanceof PathContainer.PathSegment segment)
					|| segment.valueToMatch().isEmpty()) {
				return null;
			}
			segments[i / 2] = segment.valueToMatch();
		}
		return segments;
	}

	/** The request during the lookup, with its path split once. */
	private static final class SplitPath extends HttpServletRequestWrapper {

		private final String[] segments;

		SplitPath(HttpServletRequest request, String[] segments) {
			super(request);
			this.segments = segments;
		}

	}

}
