package dev.marquee.support.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's request mappings choose what Spring's own would, for every mapping,
 * method and the paths around each pattern, while passing over the mappings whose path
 * cannot match.
 */
@MarqueeTest
class PathFirstHandlerMappingTests {

	private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Test
	void choosesWhatSpringsOwnMappingChoosesForEveryPathAndMethod() throws Exception {
		RequestMappingHandlerMapping app = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
		plain.setApplicationContext(this.context);
		plain.setPatternParser(app.getPatternParser());
		if (app.getCorsConfigurationSource() != null) {
			plain.setCorsConfigurationSource(app.getCorsConfigurationSource());
		}
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : app.getHandlerMethods().entrySet()) {
			plain.registerMapping(mapping.getKey(), mapping.getValue().getBean(), mapping.getValue().getMethod());
		}
		List<String> paths = new ArrayList<>(List.of("/", "/api", "/api/v1", "/nope", "/api/v1/fil%6Ds/tt3783958",
				"/api/v1/films/tt3783958;x=1", "/api/v1/FILMS/tt3783958", "/api/v1/films//cast"));
		for (RequestMappingInfo info : app.getHandlerMethods().keySet()) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString()
					.replaceAll("\\{\\*[^}]*}", "a/b")
					.replaceAll("\\{[^}]*}", "x1");
				String parent = path.substring(0, path.lastIndexOf('/') + 1);
				paths.addAll(List.of(path, path + "/", path + "/more", parent, parent.replaceAll("(.)/$", "$1"),
						path.toUpperCase()));
			}
		}

		assertThat(app).isInstanceOf(PathFirstHandlerMapping.class);
		assertThat(app.getHandlerMethods()).hasSizeGreaterThan(150);
		int compared = 0;
		for (String path : paths) {
			for (String method : METHODS) {
				assertThat(choice(app, method, path)).as("%s %s", method, path).isEqualTo(choice(plain, method, path));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(5000);
	}

	/** The handler method a mapping chooses, or the exception it answers with. */
	private static String choice(RequestMappingHandlerMapping mapping, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", "application/json");
		if (method.equals("OPTIONS")) {
			request.addHeader("Origin", "https://frontend.example");
			request.addHeader("Access-Control-Request-Method", "GET");
		}
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null) {
				return "no handler";
			}
			return (chain.getHandler() instanceof HandlerMethod handler) ? handler.toString()
					: chain.getHandler().getClass().getSimpleName();
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName();
		}
	}

	@Test
	void aPathWhoseLiteralIsPercentEncodedStillReachesItsMapping() throws Exception {
		MvcTestResult encoded = this.mvc.get().uri(URI.create("/api/v1/fil%6Ds/tt3783958")).exchange();
		MvcTestResult plain = this.mvc.get().uri("/api/v1/films/tt3783958").exchange();

		assertThat(encoded).hasStatusOk();
		assertThat(encoded).bodyText().isEqualTo(plain.getResponse().getContentAsString());
	}

}
