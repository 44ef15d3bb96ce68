package dev.marquee.section;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The sections of a film's title page: each {@link TitlePageSection}, which the title
 * page embeds, and each {@link SectionItemController} with its {@link SectionDescriptor}:
 * maps every section's operations at {@code /api/v1/films/{id}/<path>} (the list only for
 * a listed section), once all beans are made and before the first request.
 */
@Component
public class SectionRegistry implements SmartInitializingSingleton {

	static final String FILMS = "/api/v1/films/{id}/";

	private static final String MAPPING = "requestMappingHandlerMapping";

	private final ApplicationContext context;

	private final Map<Class<?>, SectionDescriptor> sections = new LinkedHashMap<>();

	private final List<TitlePageSection> titlePage = new ArrayList<>();

	SectionRegistry(ApplicationContext context) {
		this.context = context;
	}

	/**
	 * Maps the sections in the web application; the command line (an import) has no
	 * handler mapping and serves nothing.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		RequestMappingHandlerMapping mapping = this.context.containsBean(MAPPING)
				? this.context.getBean(MAPPING, RequestMappingHandlerMapping.class) : null;
		this.context.getBeansOfType(SectionItemController.class).forEach((name, controller) -> {
			SectionDescriptor section = controller.descriptor();
			this.sections.put(ClassUtils.getUserClass(controller), section);
			for (SectionOperation operation : SectionOperation.values()) {
				if (mapping != null && (operation != SectionOperation.LIST || section.isListed())) {
					mapping.registerMapping(info(mapping, section, operation), name, handler(operation));
				}
			}
		});
		this.titlePage.addAll(this.context.getBeansOfType(TitlePageSection.class).values());
		this.titlePage.sort(Comparator.comparingInt((section) -> section.embedding().place()));
		if (this.titlePage.stream().map((section) -> section.embedding().place()).distinct().count() < this.titlePage
			.size()
				|| this.titlePage.stream()
					.map((section) -> section.embedding().name())
					.distinct()
					.count() < this.titlePage.size()) {
			throw new IllegalStateException(
					"Two title-page sections share a place or a name: " + this.titlePage.stream()
						.map((section) -> section.embedding().place() + " " + section.embedding().name())
						.toList());
		}
	}

	/**
	 * Every section, in no particular order.
	 */
	public List<SectionDescriptor> all() {
		return List.copyOf(this.sections.values());
	}

	/**
	 * The sections of a film's title page, in their place order.
	 */
	public List<TitlePageSection> titlePage() {
		return List.copyOf(this.titlePage);
	}

	SectionDescriptor of(Class<?> controllerType) {
		SectionDescriptor section = this.sections.get(controllerType);
		if (section == null) {
			throw new IllegalStateException("No section is served by " + controllerType.getName());
		}
		return section;
	}

	private static RequestMappingInfo info(RequestMappingHandlerMapping mapping, SectionDescriptor section,
			SectionOperation operation) {
		RequestMappingInfo.Builder info = RequestMappingInfo.paths(FILMS + section.path() + operation.path())
			.methods(org.springframework.web.bind.annotation.RequestMethod.valueOf(operation.method().name()))
			.produces(MediaType.APPLICATION_JSON_VALUE)
			.options(mapping.getBuilderConfiguration());
		if (operation.consumes() != null) {
			info.consumes(operation.consumes());
		}
		return info.build();
	}

	private static Method handler(SectionOperation operation) {
		return Arrays.stream(SectionItemController.class.getDeclaredMethods())
			.filter((method) -> method.getName().equals(operation.handler()))
			.findFirst()
			.orElseThrow();
	}

}
