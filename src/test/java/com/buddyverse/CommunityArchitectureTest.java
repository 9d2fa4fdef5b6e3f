package com.buddyverse;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps reads and writes behind service transactions: controllers reach data only through
 * services, and every public service method in the community features declares whether it
 * reads (read-only, routed to the replica) or writes.
 */
@AnalyzeClasses(packages = "com.buddyverse", importOptions = ImportOption.DoNotIncludeTests.class)
class CommunityArchitectureTest {

	@ArchTest
	static final ArchRule controllersNeverTouchRepositories = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class);

	@ArchTest
	static final ArchRule repositoriesStayInsideTheirFeature = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule domainNeverDependsOnWeb = noClasses().that()
		.resideInAPackage("com.buddyverse..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.buddyverse..web..");

	@ArchTest
	static final ArchRule communityServiceMethodsDeclareTheirTransaction = methods().that()
		.arePublic()
		.and()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Service.class)
		.and()
		.areDeclaredInClassesThat()
		.resideInAnyPackage("com.buddyverse.club..", "com.buddyverse.challenge..", "com.buddyverse.socialing..")
		.should()
		.beAnnotatedWith(Transactional.class);

}
