package dev.marquee.image;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an image upload whose Content-Length is over what one image may have (plus room
 * for the form's other parts) with 413 {@code image-too-large}, before the servlet
 * container reads a byte of it: uploads are otherwise bounded only by the container's
 * multipart limits, which are set for the much larger dataset imports.
 */
@Configuration(proxyBeanMethods = false)
class ImageUploadLimit {

	/**
	 * Room for the multipart framing and the kind, language and primary parts.
	 */
	private static final long FORM_ROOM = 64 * 1024;

	private static final Pattern UPLOAD = Pattern.compile("^/api/v1/(films|people|companies)/[^/]+/images/?$");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> imageUploadLimitFilter(ImageLimits limits, ProblemWriter problems) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(limits.maxBytes() + FORM_ROOM, limits.maxBytes(), problems));
		registration.addUrlPatterns("/api/v1/*");
		registration.setName("imageUploadLimitFilter");
		registration.setOrder(0);
		return registration;
	}

	private static final class Filter extends OncePerRequestFilter {

		private final long limit;

		private final long fileLimit;

		private final ProblemWriter problems;

		Filter(long limit, long fileLimit, ProblemWriter problems) {
			this.limit = limit;
			this.fileLimit = fileLimit;
			this.problems = problems;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String contentType = request.getContentType();
			return !"POST".equals(request.getMethod()) || contentType == null
					|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
					|| !UPLOAD.matcher(request.getRequestURI()).matches();
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > this.limit) {
				this.problems.write(request, response, ProblemType.IMAGE_TOO_LARGE, "The upload has "
						+ request.getContentLengthLong() + " bytes; an image may have at most " + this.fileLimit,
						List.of());
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
