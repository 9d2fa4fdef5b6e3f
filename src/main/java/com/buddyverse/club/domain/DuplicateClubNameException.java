package com.buddyverse.club.domain;

/** Another club already has this name (names are unique, ignoring case). */
public class DuplicateClubNameException extends RuntimeException {

	public DuplicateClubNameException(String name) {
		super("club name taken: " + name);
	}

}
