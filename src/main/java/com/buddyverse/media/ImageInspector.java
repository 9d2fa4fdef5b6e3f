package com.buddyverse.media;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;

import org.springframework.http.HttpStatus;

/**
 * Decodes an uploaded image far enough to trust it: reads its dimensions before decoding
 * (so a decompression bomb is refused unopened), then decodes a subsampled copy from
 * which the list thumbnail is drawn.
 */
final class ImageInspector {

	static final int THUMBNAIL_SIDE = 480;

	private final int maxSide;

	private final long maxPixels;

	ImageInspector(int maxSide, long maxPixels) {
		this.maxSide = maxSide;
		this.maxPixels = maxPixels;
	}

	/**
	 * What an upload turned out to be; width and height as displayed, that is after the
	 * JPEG orientation is applied, like browsers do.
	 */
	record Inspection(int width, int height, int orientation, BufferedImage thumbnail) {
	}

	Inspection inspect(Path file, ImageType type) {
		try (var input = ImageIO.createImageInputStream(file.toFile())) {
			var readers = ImageIO.getImageReadersByFormatName(formatName(type));
			if (input == null || !readers.hasNext()) {
				throw new RejectedUploadException("media.upload.unreadable", HttpStatus.UNPROCESSABLE_CONTENT,
						"no reader for " + type);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width > this.maxSide || height > this.maxSide
						|| (long) width * height > this.maxPixels) {
					throw new RejectedUploadException("media.upload.tooManyPixels", HttpStatus.UNPROCESSABLE_CONTENT,
							width + "x" + height, this.maxSide, this.maxPixels / 1_000_000);
				}
				var param = reader.getDefaultReadParam();
				int subsampling = Math.max(1, Math.min(width, height) / (THUMBNAIL_SIDE * 2));
				param.setSourceSubsampling(subsampling, subsampling, 0, 0);
				BufferedImage decoded = reader.read(0, param);
				int orientation = (type == ImageType.JPEG) ? JpegMetadata.orientation(file) : 1;
				var thumbnail = oriented(thumbnailOf(decoded), orientation);
				return (orientation >= 5) ? new Inspection(height, width, orientation, thumbnail)
						: new Inspection(width, height, orientation, thumbnail);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RejectedUploadException rejected) {
				throw rejected;
			}
			throw new RejectedUploadException("media.upload.unreadable", HttpStatus.UNPROCESSABLE_CONTENT,
					ex.getClass().getSimpleName());
		}
	}

	static void writeJpeg(BufferedImage image, OutputStream out) throws IOException {
		var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (var output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			var param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

	private static BufferedImage thumbnailOf(BufferedImage source) {
		double scale = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
		var thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = thumbnail.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return thumbnail;
	}

	/** Turns the thumbnail the way the EXIF orientation (1 to 8) says. */
	static BufferedImage oriented(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		var transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			default -> new AffineTransform(0, -1, 1, 0, 0, w);
		};
		boolean swapped = orientation >= 5;
		var turned = new BufferedImage(swapped ? h : w, swapped ? w : h, BufferedImage.TYPE_INT_RGB);
		var graphics = turned.createGraphics();
		try {
			graphics.drawImage(image, transform, null);
		}
		finally {
			graphics.dispose();
		}
		return turned;
	}

	private static String formatName(ImageType type) {
		return switch (type) {
			case JPEG -> "jpeg";
			case PNG -> "png";
			case GIF -> "gif";
			case WEBP -> "webp";
		};
	}

}
