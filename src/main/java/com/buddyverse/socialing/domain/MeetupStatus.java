package com.buddyverse.socialing.domain;

public enum MeetupStatus {

	OPEN, FULL, CLOSED, CANCELLED;

	public String messageKey() {
		return "socialing.status." + name();
	}

}
