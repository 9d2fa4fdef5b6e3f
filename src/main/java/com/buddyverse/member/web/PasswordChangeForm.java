package com.buddyverse.member.web;

import jakarta.validation.constraints.NotBlank;

record PasswordChangeForm(@NotBlank(message = "{member.password.current.required}") String currentPassword,
		@ValidPassword String newPassword, String newPasswordConfirm) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

	boolean passwordsMatch() {
		return this.newPassword != null && this.newPassword.equals(this.newPasswordConfirm);
	}

	@Override
	public String toString() {
		return "PasswordChangeForm[***]";
	}

}
