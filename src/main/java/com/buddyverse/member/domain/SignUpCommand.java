package com.buddyverse.member.domain;

public record SignUpCommand(String username, String email, String displayName, String rawPassword) {

	@Override
	public String toString() {
		return "SignUpCommand[" + this.username + "]";
	}

}
