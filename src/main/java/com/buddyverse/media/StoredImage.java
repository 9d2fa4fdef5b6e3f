package com.buddyverse.media;

/**
 * An image written under the media root; paths are relative to it, with forward slashes.
 */
public record StoredImage(String path, String thumbnailPath, String originalName, ImageType type, long sizeBytes,
		int width, int height) {

}
