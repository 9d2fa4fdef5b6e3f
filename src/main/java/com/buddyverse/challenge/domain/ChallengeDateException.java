package com.buddyverse.challenge.domain;

/** A start or end date the challenge cannot have; {@link #field()} says which. */
public class ChallengeDateException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public ChallengeDateException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
