package com.buddyverse.board.domain;

public record PostCommand(String title, String content) {

}
