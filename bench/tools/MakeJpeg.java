import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Writes real JPEGs (a gradient with stripes, so they compress like photos rather than
 * to nothing) for the media pages: java MakeJpeg.java OUT WIDTH HEIGHT [OUT WIDTH
 * HEIGHT]... One JVM for all of them: each launch costs seconds on a busy machine.
 */
class MakeJpeg {

	public static void main(String[] args) throws IOException {
		for (int i = 0; i + 2 < args.length; i += 3) {
			write(new File(args[i]), Integer.parseInt(args[i + 1]), Integer.parseInt(args[i + 2]));
		}
	}

	private static void write(File out, int width, int height) throws IOException {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(0x2b6cb0), width, height, new Color(0xf6ad55)));
		graphics.fillRect(0, 0, width, height);
		for (int x = 0; x < width; x += 7) {
			graphics.setColor(new Color((x * 37) % 256, (x * 91) % 256, (x * 53) % 256, 90));
			graphics.drawLine(x, 0, width - x, height);
		}
		graphics.dispose();
		if (!ImageIO.write(image, "jpg", out)) {
			throw new IOException("no JPEG writer");
		}
	}

}
