package com.buddyverse.club.domain;

/** The fixed list of club categories; labels live in the club bundle. */
public enum ClubCategory {

	OUTDOOR, SPORTS, FOOD, CULTURE, STUDY, GAMES, TRAVEL, OTHER;

	public String messageKey() {
		return "club.category." + name();
	}

}
