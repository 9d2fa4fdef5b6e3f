package com.buddyverse.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.springframework.web.multipart.MultipartFile;

/** A PNG drawn in memory, handed to the upload path as if a member had sent it. */
record GeneratedImage(String name, byte[] bytes) implements MultipartFile {

	static GeneratedImage draw(String name, String label, Color from, Color to) {
		var image = new BufferedImage(960, 640, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setPaint(new GradientPaint(0, 0, from, 960, 640, to));
			graphics.fillRect(0, 0, 960, 640);
			graphics.setColor(new Color(255, 255, 255, 60));
			graphics.fillOval(600, -120, 480, 480);
			graphics.fillOval(-160, 380, 420, 420);
			graphics.setColor(Color.WHITE);
			graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
			graphics.drawString(label, 60, 340);
		}
		finally {
			graphics.dispose();
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new GeneratedImage(name, out.toByteArray());
	}

	@Override
	public String getName() {
		return "photos";
	}

	@Override
	public String getOriginalFilename() {
		return this.name;
	}

	@Override
	public String getContentType() {
		return "image/png";
	}

	@Override
	public boolean isEmpty() {
		return this.bytes.length == 0;
	}

	@Override
	public long getSize() {
		return this.bytes.length;
	}

	@Override
	public byte[] getBytes() {
		return this.bytes.clone();
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(this.bytes);
	}

	@Override
	public void transferTo(java.io.File dest) throws IOException {
		Files.write(dest.toPath(), this.bytes);
	}

	@Override
	public void transferTo(Path dest) throws IOException {
		Files.write(dest, this.bytes);
	}

}
