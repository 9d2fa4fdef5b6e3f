package com.buddyverse.media;

import org.springframework.http.HttpStatus;

/**
 * An upload refused for what it is; {@link #messageKey()} with {@link #arguments()} tells
 * the member why, {@link #status()} is the answer's HTTP status.
 */
public class RejectedUploadException extends RuntimeException {

	private final String messageKey;

	private final HttpStatus status;

	private final transient Object[] arguments;

	public RejectedUploadException(String messageKey, String detail) {
		this(messageKey, HttpStatus.BAD_REQUEST, detail);
	}

	public RejectedUploadException(String messageKey, HttpStatus status, String detail, Object... arguments) {
		super(detail);
		this.messageKey = messageKey;
		this.status = status;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	public HttpStatus status() {
		return this.status;
	}

}
