package com.buddyverse.architecture;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The package-by-feature rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

	private static final String ROOT = "com.buddyverse";

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	@Test
	void domainNeverDependsOnWeb() {
		noClasses().that()
			.resideInAPackage(ROOT + "..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + "..web..")
			.check(classes);
	}

	@Test
	void controllersNeverTouchRepositories() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.check(classes);
	}

	@Test
	void repositoriesAndEntitiesStayInsideTheirFeature() {
		var features = features();
		assertThat(features).contains("member", "board", "review");
		for (String feature : features) {
			String inside = ROOT + "." + feature + "..";
			classes().that()
				.resideInAPackage(inside)
				.and()
				.areAssignableTo(Repository.class)
				.should()
				.onlyBeAccessed()
				.byClassesThat()
				.resideInAPackage(inside)
				.allowEmptyShould(true)
				.check(classes);
			classes().that()
				.resideInAPackage(inside)
				.and()
				.areAnnotatedWith(Entity.class)
				.should()
				.onlyBeAccessed()
				.byClassesThat()
				.resideInAPackage(inside)
				.allowEmptyShould(true)
				.check(classes);
		}
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that()
			.areAssignableTo(Repository.class)
			.and()
			.resideInAPackage(ROOT + "..")
			.should()
			.notBePublic()
			.check(classes);
	}

	private static Set<String> features() {
		var names = new TreeSet<String>();
		classes.stream()
			.map((javaClass) -> javaClass.getPackageName())
			.filter((name) -> name.startsWith(ROOT + "."))
			.map((name) -> name.substring(ROOT.length() + 1).split("\\.")[0])
			.forEach(names::add);
		return names;
	}

}
