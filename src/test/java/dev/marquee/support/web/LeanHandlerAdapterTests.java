package dev.marquee.support.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.marquee.MarqueeTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.AsyncHandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application's handler adapter answers as Spring's own would: the return value
 * handler it remembers for each method is the one Spring's composite chooses, and a
 * {@code String} handed to a {@code String} parameter is what the conversion service
 * would have made of it, while every other conversion is the conversion service's.
 */
@MarqueeTest
class LeanHandlerAdapterTests {

	@Autowired
	ApplicationContext context;

	@Test
	void remembersForEveryMappingTheReturnValueHandlerSpringsCompositeChooses() throws Exception {
		RequestMappingHandlerAdapter adapter = this.context.getBean("requestMappingHandlerAdapter",
				RequestMappingHandlerAdapter.class);
		RequestMappingHandlerMapping mapping = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		assertThat(adapter).isInstanceOf(LeanHandlerAdapter.class);
		assertThat(adapter.getReturnValueHandlers()).singleElement().isInstanceOf(LeanHandlerAdapter.ChosenOnce.class);
		List<HandlerMethodReturnValueHandler> handlers = ((LeanHandlerAdapter.ChosenOnce) adapter
			.getReturnValueHandlers()
			.get(0)).handlers();
		assertThat(handlers).hasSizeGreaterThan(10);

		AtomicReference<@Nullable HandlerMethodReturnValueHandler> called = new AtomicReference<>();
		List<HandlerMethodReturnValueHandler> recording = handlers.stream()
			.map((handler) -> recording(handler, called))
			.toList();
		HandlerMethodReturnValueHandlerComposite spring = new HandlerMethodReturnValueHandlerComposite()
			.addHandlers(recording);
		// as the adapter holds it: the one handler of its composite
		HandlerMethodReturnValueHandlerComposite lean = new HandlerMethodReturnValueHandlerComposite()
			.addHandler(new LeanHandlerAdapter.ChosenOnce(recording));
		NativeWebRequest request = new ServletWebRequest(new MockHttpServletRequest());
		List<@Nullable Object> values = Arrays.asList(null, ResponseEntity.ok().build(), "text", Map.of("a", 1),
				List.of(1));
		int compared = 0;
		for (HandlerMethod method : mapping.getHandlerMethods().values()) {
			for (Object value : values) {
				MethodParameter returnType = method.getReturnValueType(value);
				String asked = method + " returning " + ((value != null) ? value.getClass().getSimpleName() : null);
				String springs = handled(spring, value, returnType, request, called);
				assertThat(lean.supportsReturnType(returnType)).as(asked)
					.isEqualTo(spring.supportsReturnType(returnType));
				// twice: the first chooses, the second answers what it remembered
				assertThat(handled(lean, value, returnType, request, called)).as(asked).isEqualTo(springs);
				assertThat(handled(lean, value, returnType, request, called)).as(asked).isEqualTo(springs);
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(750);
	}

	/** Which handler handled the value, or the exception the composite answered with. */
	private static String handled(HandlerMethodReturnValueHandler handlers, @Nullable Object value,
			MethodParameter returnType, NativeWebRequest request,
			AtomicReference<@Nullable HandlerMethodReturnValueHandler> called) {
		called.set(null);
		try {
			handlers.handleReturnValue(value, returnType, new ModelAndViewContainer(), request);
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		HandlerMethodReturnValueHandler handler = called.get();
		return (handler != null) ? handler.toString() : "none";
	}

	/**
	 * A handler that answers what {@code handler} supports, and records that it was
	 * chosen instead of writing anything.
	 */
	private static HandlerMethodReturnValueHandler recording(HandlerMethodReturnValueHandler handler,
			AtomicReference<@Nullable HandlerMethodReturnValueHandler> called) {
		class Recording implements HandlerMethodReturnValueHandler {

			@Override
			public boolean supportsReturnType(MethodParameter returnType) {
				return handler.supportsReturnType(returnType);
			}

			@Override
			public void handleReturnValue(@Nullable Object returnValue, MethodParameter returnType,
					ModelAndViewContainer mavContainer, NativeWebRequest webRequest) {
				called.set(this);
			}

			@Override
			public String toString() {
				return handler.getClass().getSimpleName();
			}

		}
		class RecordingAsync extends Recording implements AsyncHandlerMethodReturnValueHandler {

			@Override
			public boolean isAsyncReturnValue(@Nullable Object returnValue, MethodParameter returnType) {
				return ((AsyncHandlerMethodReturnValueHandler) handler).isAsyncReturnValue(returnValue, returnType);
			}

		}
		return (handler instanceof AsyncHandlerMethodReturnValueHandler) ? new RecordingAsync() : new Recording();
	}

	@Test
	void handsAStringAskedForAsAStringOverAsTheConversionServiceWould() throws Exception {
		RequestMappingHandlerAdapter adapter = this.context.getBean("requestMappingHandlerAdapter",
				RequestMappingHandlerAdapter.class);
		ConversionService conversions = ((ConfigurableWebBindingInitializer) adapter.getWebBindingInitializer())
			.getConversionService();
		ConversionService wrapped = this.context.getBean("mvcConversionService", ConversionService.class);
		assertThat(conversions).isInstanceOf(LeanHandlerAdapter.StringsAsGiven.class);

		List<TypeDescriptor> stringParameters = new ArrayList<>();
		List<TypeDescriptor> otherParameters = new ArrayList<>();
		RequestMappingHandlerMapping mapping = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		for (HandlerMethod method : mapping.getHandlerMethods().values()) {
			Method javaMethod = method.getMethod();
			for (int i = 0; i < javaMethod.getParameterCount(); i++) {
				TypeDescriptor parameter = new TypeDescriptor(new MethodParameter(javaMethod, i));
				(parameter.getType() == String.class ? stringParameters : otherParameters).add(parameter);
			}
		}
		assertThat(stringParameters).hasSizeGreaterThan(50);
		TypeDescriptor string = TypeDescriptor.valueOf(String.class);
		for (String value : List.of("tt3783958", "", " Kálmán Berkes ", "12")) {
			for (TypeDescriptor parameter : stringParameters) {
				assertThat(conversions.canConvert(string, parameter)).isTrue();
				assertThat(conversions.convert(value, string, parameter)).isSameAs(value)
					.isEqualTo(wrapped.convert(value, string, parameter));
			}
		}

		TypeDescriptor integer = TypeDescriptor.valueOf(Integer.class);
		assertThat(conversions.convert("12", string, integer)).isEqualTo(12);
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> conversions.convert("twelve", string, integer))
			.withMessage(catchMessage(() -> wrapped.convert("twelve", string, integer)));
		assertThat(conversions.convert(new String[] { "a", "b" }, TypeDescriptor.valueOf(String[].class), string))
			.isEqualTo(wrapped.convert(new String[] { "a", "b" }, TypeDescriptor.valueOf(String[].class), string))
			.isEqualTo("a,b");
		for (TypeDescriptor parameter : otherParameters) {
			assertThat(conversions.canConvert(string, parameter)).as(parameter.toString())
				.isEqualTo(wrapped.canConvert(string, parameter));
		}
	}

	private static String catchMessage(Runnable conversion) {
		try {
			conversion.run();
		}
		catch (RuntimeException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("the conversion service converted it");
	}

}
