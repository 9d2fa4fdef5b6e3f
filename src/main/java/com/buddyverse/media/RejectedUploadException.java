package com.buddyverse.media;

/** An upload refused for what it is; {@link #messageKey()} tells the member why. */
public class RejectedUploadException extends RuntimeException {

	private final String messageKey;

	public RejectedUploadException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
