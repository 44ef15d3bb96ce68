package dev.marquee;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.marquee.section.ItemProjection;
import dev.marquee.section.SectionItemController;
import dev.marquee.section.TitlePageSection;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the package-by-feature picture of docs/architecture.md true as the code grows,
 * for every feature package: a new package must be placed in the picture first.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.marquee");

	/**
	 * The sections of a title page: each serves its items through {@code section} and
	 * answers them through its own projection.
	 */
	private static final String[] SECTIONS = { "dev.marquee.credit..", "dev.marquee.didyouknow..",
			"dev.marquee.soundtrack..", "dev.marquee.review..", "dev.marquee.boxoffice..", "dev.marquee.award..",
			"dev.marquee.details..", "dev.marquee.company..", "dev.marquee.list..", "dev.marquee.storyline..",
			"dev.marquee.image.." };

	/**
	 * Every feature package, each named in docs/architecture.md.
	 */
	private static final Set<String> FEATURES = Set.of("apikey", "award", "boxoffice", "changes", "company", "credit",
			"details", "didyouknow", "film", "films", "idempotency", "image", "imports", "list", "person", "ratelimit",
			"review", "search", "section", "security", "soundtrack", "storyline", "support");

	@Test
	void everyPackageIsAKnownFeature() {
		Set<String> packages = new TreeSet<>();
		for (JavaClass type : classes) {
			String name = type.getPackageName();
			if (name.startsWith("dev.marquee.")) {
				packages.add(name.substring("dev.marquee.".length()).split("\\.")[0]);
			}
		}
		assertThat(packages).as("feature packages (place a new one in ArchitectureTests and docs/architecture.md)")
			.isEqualTo(new TreeSet<>(FEATURES));
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("dev.marquee.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void supportCodeKnowsNoFeature() {
		noClasses().that()
			.resideInAPackage("dev.marquee.support..")
			.should()
			.dependOnClassesThat(resideInAPackage("dev.marquee..").and(resideOutsideOfPackage("dev.marquee.support..")))
			.check(classes);
	}

	@Test
	void controllersTouchNoEntitiesNorRepositories() {
		noClasses().that()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAssignableTo(SectionItemController.class)
			.should()
			.dependOnClassesThat(annotatedWith(Entity.class).or(assignableTo(Repository.class)))
			.check(classes);
	}

	@Test
	void sectionProjectionsReadNoEntities() {
		noClasses().that()
			.areAssignableTo(TitlePageSection.class)
			.or()
			.areAssignableTo(ItemProjection.class)
			.should()
			.dependOnClassesThat(annotatedWith(Entity.class).or(assignableTo(Repository.class)))
			.check(classes);
	}

	@Test
	void nothingButTheFilmsApiUsesIt() {
		noClasses().that()
			.resideOutsideOfPackage("dev.marquee.films..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.marquee.films..")
			.check(classes);
	}

	@Test
	void theFilmRecordKnowsOnlyChangesAndSupport() {
		classes().that()
			.resideInAPackage("dev.marquee.film..")
			.should()
			.onlyDependOnClassesThat(resideOutsideOfPackage("dev.marquee..")
				.or(resideInAnyPackage("dev.marquee.film..", "dev.marquee.changes..", "dev.marquee.support..")))
			.check(classes);
	}

	@Test
	void theSectionMachineryKnowsNoSection() {
		classes().that()
			.resideInAPackage("dev.marquee.section..")
			.should()
			.onlyDependOnClassesThat(resideOutsideOfPackage("dev.marquee..").or(resideInAnyPackage(
					"dev.marquee.section..", "dev.marquee.film..", "dev.marquee.changes..", "dev.marquee.support..")))
			.check(classes);
	}

	@Test
	void sectionsKnowNoOtherSectionNorWhatSitsAboveThem() {
		for (String section : SECTIONS) {
			noClasses().that()
				.resideInAPackage(section)
				.should()
				.dependOnClassesThat(resideInAnyPackage(others(section)).or(resideInAnyPackage("dev.marquee.films..",
						"dev.marquee.search..", "dev.marquee.imports..", "dev.marquee.security..")))
				.check(classes);
		}
	}

	/**
	 * Every section but this one.
	 */
	private static String[] others(String section) {
		return Arrays.stream(SECTIONS).filter((other) -> !other.equals(section)).toArray(String[]::new);
	}

}
