package com.buddyverse.member.domain;

/** The current password given to change the password does not match. */
public class WrongPasswordException extends RuntimeException {

	public WrongPasswordException() {
		super("current password does not match");
	}

}
