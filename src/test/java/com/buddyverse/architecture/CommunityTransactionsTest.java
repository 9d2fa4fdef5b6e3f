package com.buddyverse.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Every public service method of the community features declares its transaction:
 * read-only for page reads (which the routing sends to the replica), read-write for
 * changes. A method without one would run its statements on whatever connection the
 * routing picks by default.
 */
@AnalyzeClasses(packages = "com.buddyverse", importOptions = ImportOption.DoNotIncludeTests.class)
class CommunityTransactionsTest {

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
