package com.buddyverse.club.domain;

public record ClubCommand(String name, ClubCategory category, String description) {

}
