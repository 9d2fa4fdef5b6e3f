package com.buddyverse.member.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.buddyverse.member.domain.SignUpCommand;

record SignUpForm(
		@NotBlank(message = "{member.username.required}") @Pattern(regexp = "[a-z0-9_]{4,20}",
				message = "{member.username.pattern}") String username,
		@NotBlank(message = "{member.email.required}") @Email(message = "{member.email.invalid}") @Size(max = 254,
				message = "{member.email.invalid}") String email,
		@NotBlank(message = "{member.displayName.required}") @Size(max = 20,
				message = "{member.displayName.size}") String displayName,
		@ValidPassword String password, String passwordConfirm) {

	static SignUpForm empty() {
		return new SignUpForm("", "", "", "", "");
	}

	SignUpCommand toCommand() {
		return new SignUpCommand(this.username, this.email.strip(), this.displayName.strip(), this.password);
	}

	boolean passwordsMatch() {
		return this.password != null && this.password.equals(this.passwordConfirm);
	}

	@Override
	public String toString() {
		return "SignUpForm[" + this.username + "]";
	}

}
