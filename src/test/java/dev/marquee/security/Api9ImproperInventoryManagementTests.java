package dev.marquee.security;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.marquee.MarqueeTest;
import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API9 (improper inventory management): the OpenAPI document lists every route the
 * application serves and no route it does not. Spring MVC's own handler mappings are
 * compared with {@code /v3/api-docs}; only springdoc's pages and handlers marked
 * {@link Hidden} (the error page, test-only controllers) are left out.
 */
@MarqueeTest
class Api9ImproperInventoryManagementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDocumentListsEveryRouteAndNothingElse() {
		Set<String> served = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!isDocumentationOrHidden(handler)) {
				served.addAll(routes(info));
			}
		});
		Set<String> documented = ApiDocument.read(this.mvc)
			.operations()
			.stream()
			.map(Object::toString)
			.collect(Collectors.toCollection(TreeSet::new));
		System.out.printf("Inventory: %d routes served, %d operations documented%n", served.size(), documented.size());

		assertThat(served).as("routes served").isEqualTo(documented);
	}

	private static boolean isDocumentationOrHidden(HandlerMethod handler) {
		return handler.getBeanType().getPackageName().startsWith("org.springdoc")
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), Hidden.class)
				|| handler.hasMethodAnnotation(Hidden.class);
	}

	private static Set<String> routes(RequestMappingInfo info) {
		Set<String> routes = new TreeSet<>();
		for (String pattern : info.getPatternValues()) {
			info.getMethodsCondition().getMethods().forEach((method) -> routes.add(method.name() + " " + pattern));
		}
		return routes;
	}

}
