package com.buddyverse.review.domain;

public record ReviewCommand(String title, String content, int rating) {

}
