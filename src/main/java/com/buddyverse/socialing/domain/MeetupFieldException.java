package com.buddyverse.socialing.domain;

/** A meetup value the form must correct; {@link #field()} says which. */
public class MeetupFieldException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public MeetupFieldException(String field, String messageKey) {
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
