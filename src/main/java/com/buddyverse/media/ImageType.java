package com.buddyverse.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats members may upload, recognised by their first bytes, never by name.
 */
public enum ImageType {

	JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), GIF("image/gif", "gif"), WEBP("image/webp", "webp");

	private final String contentType;

	private final String extension;

	ImageType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	static Optional<ImageType> sniff(byte[] head) {
		if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, 'G', 'I', 'F', '8')) {
			return Optional.of(GIF);
		}
		if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12
				&& Arrays.equals(head, 8, 12, new byte[] { 'W', 'E', 'B', 'P' }, 0, 4)) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] head, int... signature) {
		if (head.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((head[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
