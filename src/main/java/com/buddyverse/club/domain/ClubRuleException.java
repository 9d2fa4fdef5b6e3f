package com.buddyverse.club.domain;

/**
 * A club action refused by the club's rules (e.g. the owner leaving);
 * {@link #messageKey()} tells the member why.
 */
public class ClubRuleException extends RuntimeException {

	private final String messageKey;

	public ClubRuleException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
