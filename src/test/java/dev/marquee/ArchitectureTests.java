package dev.marquee;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package-by-feature picture true as the code grows.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.marquee");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("dev.marquee.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void controllersNeverHandEntitiesToClients() {
		noClasses().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Entity.class)
			.check(classes);
	}

	@Test
	void sectionFeaturesDoNotReachIntoTheTitlePageThatAssemblesThem() {
		noClasses().that()
			.resideOutsideOfPackage("dev.marquee.titlepage..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.marquee.titlepage..")
			.check(classes);
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
	void theSectionMachineryKnowsNoSection() {
		classes().that()
			.resideInAPackage("dev.marquee.section..")
			.should()
			.onlyDependOnClassesThat(resideOutsideOfPackage("dev.marquee..").or(resideInAnyPackage(
					"dev.marquee.section..", "dev.marquee.film..", "dev.marquee.changes..", "dev.marquee.support..")))
			.check(classes);
	}

}
