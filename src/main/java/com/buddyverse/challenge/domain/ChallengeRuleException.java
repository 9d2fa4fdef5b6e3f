package com.buddyverse.challenge.domain;

/**
 * A join or check-in refused by the challenge's rules; {@link #messageKey()} tells the
 * member why.
 */
public class ChallengeRuleException extends RuntimeException {

	private final String messageKey;

	public ChallengeRuleException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
