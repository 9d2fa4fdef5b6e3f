package com.buddyverse.review.domain;

import java.util.List;

/** What the edit form shows: the text and the photos already attached. */
public record ReviewEditableView(ReviewCommand command, List<PhotoView> photos) {

}
