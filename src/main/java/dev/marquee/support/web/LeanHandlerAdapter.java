package dev.marquee.support.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.AsyncHandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Spring MVC's handler adapter without two costs it pays on every request for answers
 * that never change (measured in docs/benchmarks.md):
 * <ul>
 * <li>A {@code String} path variable, query parameter or header handed to a
 * {@code String} parameter still goes through the conversion service, whose converter
 * cache compares the parameter's annotations member by member, reflectively, with those
 * of its key: the OpenAPI {@code @Parameter} annotations, with their nested
 * {@code @Schema}, made that about 5 % of a film read's CPU. Here a {@code String} asked
 * for as a {@code String} is handed over as it is, which is what the conversion service
 * answers too (its converter for a type to itself leaves the value alone); every other
 * conversion is the conversion service's.</li>
 * <li>The handler of a method's return value is chosen by asking every handler in turn,
 * some of which resolve the method's generic return type each time. Here the choice is
 * remembered per method, declaring class and type of the value returned (that of the
 * value when there is one, else the declared one: everything the handlers' test reads),
 * and so is the answer to whether any handler supports it, which the adapter's own
 * composite asks first; a value an asynchronous handler claims, and a method no handler
 * supports, are left to Spring's own composite.</li>
 * </ul>
 */
class LeanHandlerAdapter extends RequestMappingHandlerAdapter {

	@Override
	public void afterPropertiesSet() {
		if (getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer initializer
				&& initializer.getConversionService() != null
				&& !(initializer.getConversionService() instanceof StringsAsGiven)) {
			initializer.setConversionService(new StringsAsGiven(initializer.getConversionService()));
		}
		super.afterPropertiesSet();
		List<HandlerMethodReturnValueHandler> handlers = getReturnValueHandlers();
		if (handlers != null && !(handlers.size() == 1 && handlers.get(0) instanceof ChosenOnce)) {
			setReturnValueHandlers(List.of(new ChosenOnce(handlers)));
		}
	}

	/**
	 * A conversion service that hands a {@code String} asked for as a {@code String} over
	 * as it is, and leaves every other conversion to the one it wraps.
	 */
	static final class StringsAsGiven implements ConversionService {

		private final ConversionService conversions;

		StringsAsGiven(ConversionService conversions) {
			this.conversions = conversions;
		}

		@Override
		public boolean canConvert(@Nullable Class<?> sourceType, Class<?> targetType) {
			return this.conversions.canConvert(sourceType, targetType);
		}

		@Override
		public boolean canConvert(@Nullable TypeDescriptor sourceType, TypeDescriptor targetType) {
			return plain(sourceType, targetType) || this.conversions.canConvert(sourceType, targetType);
		}

		@Override
		public <T> @Nullable T convert(@Nullable Object source, Class<T> targetType) {
			return this.conversions.convert(source, targetType);
		}

		@Override
		public @Nullable Object convert(@Nullable Object source, @Nullable TypeDescriptor sourceType,
				TypeDescriptor targetType) {
			if (source instanceof String && plain(sourceType, targetType)) {
				return source;
			}
			return this.conversions.convert(source, sourceType, targetType);
		}

		private static boolean plain(@Nullable TypeDescriptor sourceType, TypeDescriptor targetType) {
			return sourceType != null && sourceType.getType() == String.class && targetType.getType() == String.class;
		}

	}

	/**
	 * The return value handlers, each method's chosen once.
	 */
	static final class ChosenOnce implements HandlerMethodReturnValueHandler {

		private final List<HandlerMethodReturnValueHandler> handlers;

		private final List<AsyncHandlerMethodReturnValueHandler> asynchronous;

		private final HandlerMethodReturnValueHandlerComposite composite;

		private final Map<Choice, HandlerMethodReturnValueHandler> chosen = new ConcurrentHashMap<>();

		ChosenOnce(List<HandlerMethodReturnValueHandler> handlers) {
			this.handlers = List.copyOf(handlers);
			this.asynchronous = this.handlers.stream()
				.filter(AsyncHandlerMethodReturnValueHandler.class::isInstance)
				.map(AsyncHandlerMethodReturnValueHandler.class::cast)
				.toList();
			this.composite = new HandlerMethodReturnValueHandlerComposite().addHandlers(this.handlers);
		}

		@Override
		public boolean supportsReturnType(MethodParameter returnType) {
			return chosen(returnType) != null || this.composite.supportsReturnType(returnType);
		}

		@Override
		public void handleReturnValue(@Nullable Object returnValue, MethodParameter returnType,
				ModelAndViewContainer mavContainer, NativeWebRequest webRequest) throws Exception {
			HandlerMethodReturnValueHandler handler = asynchronous(returnValue, returnType) ? null : chosen(returnType);
			if (handler != null) {
				handler.handleReturnValue(returnValue, returnType, mavContainer, webRequest);
			}
			else {
				this.composite.handleReturnValue(returnValue, returnType, mavContainer, webRequest);
			}
		}

		private boolean asynchronous(@Nullable Object returnValue, MethodParameter returnType) {
			for (AsyncHandlerMethodReturnValueHandler handler : this.asynchronous) {
				if (handler.isAsyncReturnValue(returnValue, returnType)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The first handler that supports the return type, as Spring's composite chooses
		 * for a value no asynchronous handler claims; {@code null} to let the composite
		 * choose.
		 */
		@Nullable HandlerMethodReturnValueHandler chosen(MethodParameter returnType) {
			Method method = returnType.getMethod();
			if (method == null || returnType.getParameterIndex() != -1 || returnType.getNestingLevel() != 1) {
				return null;
			}
			// A method's return value's type is that of the value returned, when there is
			// one: the handlers read it, the method and the declaring class.
			Choice choice = new Choice(method, returnType.getContainingClass(), returnType.getParameterType());
			HandlerMethodReturnValueHandler handler = this.chosen.get(choice);
			if (handler == null) {
				handler = first(returnType);
				if (handler != null) {
					this.chosen.put(choice, handler);
				}
			}
			return handler;
		}

		private @Nullable HandlerMethodReturnValueHandler first(MethodParameter returnType) {
			for (HandlerMethodReturnValueHandler handler : this.handlers) {
				if (handler.supportsReturnType(returnType)) {
					return handler;
				}
			}
			return null;
		}

		List<HandlerMethodReturnValueHandler> handlers() {
			return this.handlers;
		}

		private record Choice(Method method, Class<?> containingClass, Class<?> type) {
		}

	}

}
