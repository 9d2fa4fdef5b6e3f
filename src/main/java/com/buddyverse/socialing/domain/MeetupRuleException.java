package com.buddyverse.socialing.domain;

/**
 * An RSVP or change refused by the meetup's state (full, past, cancelled);
 * {@link #messageKey()} tells the member why.
 */
public class MeetupRuleException extends RuntimeException {

	private final String messageKey;

	public MeetupRuleException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
