package com.buddyverse.member.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The password policy: 8 to 64 characters with at least one letter and one digit. */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@ReportAsSingleViolation
@NotNull
@Size(min = 8, max = 64)
@Pattern(regexp = "(?=.*\\p{L})(?=.*\\d).*")
@interface ValidPassword {

	String message() default "{member.password.policy}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
