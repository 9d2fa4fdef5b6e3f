package com.buddyverse.common;

/** The member may not change what they asked to change (answered with 403). */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
