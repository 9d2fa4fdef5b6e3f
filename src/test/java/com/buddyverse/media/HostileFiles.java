package com.buddyverse.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Uploads made to hurt: lies about their type, their size, or what they carry. */
final class HostileFiles {

	static final byte[] SVG = """
			<?xml version="1.0"?>
			<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>
			""".getBytes(StandardCharsets.UTF_8);

	static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
		.getBytes(StandardCharsets.UTF_8);

	private HostileFiles() {
	}

	/**
	 * A valid PNG whose header claims {@code width} x {@code height} pixels: decoded, a
	 * 50000 x 50000 one would need 10 GB of memory.
	 */
	static byte[] pngClaiming(int width, int height) {
		var out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		chunk(out, "IHDR",
				ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 2, 0, 0, 0 }).array());
		var deflater = new Deflater();
		deflater.setInput(new byte[1 + 3 * Math.min(width, 64)]);
		deflater.finish();
		var compressed = new byte[1024];
		int length = deflater.deflate(compressed);
		chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/**
	 * {@code jpeg} with an EXIF block (orientation {@code orientation}, and a description
	 * standing in for GPS data) and a comment, both right after the start marker.
	 */
	static byte[] withExif(byte[] jpeg, int orientation, String secret) {
		byte[] text = (secret + "\0").getBytes(StandardCharsets.US_ASCII);
		int ifdEntries = 2;
		int textOffset = 8 + 2 + ifdEntries * 12 + 4;
		var tiff = ByteBuffer.allocate(textOffset + text.length);
		tiff.put(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 });
		tiff.putShort((short) ifdEntries);
		tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(textOffset);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0);
		tiff.put(text);
		var out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array()));
		segment(out, 0xFE, ("comment: " + secret).getBytes(StandardCharsets.US_ASCII));
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
		out.write(0xFF);
		out.write(marker);
		out.write((payload.length + 2) >> 8);
		out.write((payload.length + 2) & 0xFF);
		out.writeBytes(payload);
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		var crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] concat(byte[] first, byte[] second) {
		var joined = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, joined, first.length, second.length);
		return joined;
	}

}
