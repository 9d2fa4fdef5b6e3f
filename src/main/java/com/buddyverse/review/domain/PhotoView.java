package com.buddyverse.review.domain;

/** A review photo as pages show it; paths are relative to /media. */
public record PhotoView(long id, String path, String thumbnailPath, String originalName, String contentType,
		long sizeBytes, int width, int height) {

}
