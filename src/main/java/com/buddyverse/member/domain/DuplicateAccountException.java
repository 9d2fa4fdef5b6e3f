package com.buddyverse.member.domain;

/** The username or email is already taken; {@link #field()} says which. */
public class DuplicateAccountException extends RuntimeException {

	private final String field;

	public DuplicateAccountException(String field) {
		super(field + " already registered");
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
