package com.buddyverse.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Real, decodable images made in memory. */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] png(int width, int height, Color color) {
		return encode(width, height, color, "png");
	}

	public static byte[] jpeg(int width, int height, Color color) {
		return encode(width, height, color, "jpeg");
	}

	private static byte[] encode(int width, int height, Color color, String format) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
