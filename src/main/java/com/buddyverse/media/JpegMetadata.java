package com.buddyverse.media;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.springframework.http.HttpStatus;

/**
 * Removes what a camera or phone writes about the photographer from a JPEG (EXIF with GPS
 * position, camera serial numbers, XMP, comments) without re-encoding the picture: the
 * compressed image data is copied as it is, so there is no quality loss and no decoding
 * cost. Only the orientation survives, written back as a minimal EXIF block, because
 * without it a phone's portrait photo would show on its side.
 */
final class JpegMetadata {

	private static final int SOI = 0xD8;

	private static final int SOS = 0xDA;

	private static final int EOI = 0xD9;

	private static final int APP0 = 0xE0;

	private static final int APP1 = 0xE1;

	private static final int APP2 = 0xE2;

	private static final int APP14 = 0xEE;

	private static final int APP15 = 0xEF;

	private static final int COM = 0xFE;

	private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);

	private static final int ORIENTATION_TAG = 0x0112;

	private JpegMetadata() {
	}

	/**
	 * The EXIF orientation (1 to 8) of the JPEG, 1 when it has none.
	 */
	static int orientation(Path jpeg) {
		try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(jpeg)))) {
			expectStart(in);
			int orientation = 1;
			Segment segment;
			while ((segment = Segment.read(in)) != null && segment.marker() != SOS) {
				if (segment.marker() == APP1 && segment.startsWith(EXIF)) {
					orientation = exifOrientation(segment.payload());
				}
			}
			return orientation;
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable(ex);
		}
	}

	/**
	 * Writes {@code source} without its metadata, but with its {@code orientation}, to
	 * {@code target} (synced to disk) and returns {@code target}.
	 */
	static Path stripped(Path source, int orientation, Path target) {
		try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(source)));
				var channel = FileChannel.open(target, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
			var out = new BufferedOutputStream(Channels.newOutputStream(channel));
			expectStart(in);
			out.write(0xFF);
			out.write(SOI);
			boolean exifWritten = false;
			boolean pictureCopied = false;
			Segment segment;
			while (!pictureCopied && (segment = Segment.read(in)) != null) {
				if (!exifWritten && segment.marker() != APP0) {
					writeOrientation(out, orientation);
					exifWritten = true;
				}
				if (keep(segment)) {
					segment.writeTo(out);
				}
				if (segment.marker() == SOS) {
					// The compressed picture and everything after it, byte for byte.
					in.transferTo(out);
					pictureCopied = true;
				}
			}
			if (!pictureCopied) {
				throw new IOException("no picture data");
			}
			out.flush();
			channel.force(true);
			return target;
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable(ex);
		}
	}

	private static boolean keep(Segment segment) {
		int marker = segment.marker();
		if (marker == COM || marker == APP1) {
			return false;
		}
		if (marker == APP2) {
			return segment.startsWith(ICC);
		}
		// APP0 (JFIF) and APP14 (Adobe colour transform) change how the picture decodes.
		return marker < APP0 || marker > APP15 || marker == APP0 || marker == APP14;
	}

	private static void writeOrientation(OutputStream out, int orientation) throws IOException {
		if (orientation == 1) {
			return;
		}
		var exif = ByteBuffer.allocate(2 + EXIF.length + 8 + 2 + 12 + 4).order(ByteOrder.BIG_ENDIAN);
		exif.putShort((short) (exif.capacity()));
		exif.put(EXIF);
		exif.put(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 });
		exif.putShort((short) 1);
		exif.putShort((short) ORIENTATION_TAG)
			.putShort((short) 3)
			.putInt(1)
			.putShort((short) orientation)
			.putShort((short) 0);
		exif.putInt(0);
		out.write(0xFF);
		out.write(APP1);
		out.write(exif.array());
	}

	private static int exifOrientation(byte[] payload) {
		var tiff = ByteBuffer.wrap(payload, EXIF.length, payload.length - EXIF.length).slice();
		if (tiff.remaining() < 8) {
			return 1;
		}
		tiff.order((tiff.get(0) == 'I') ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		int ifd = tiff.getInt(4);
		if (ifd < 8 || ifd + 2 > tiff.limit()) {
			return 1;
		}
		int entries = Short.toUnsignedInt(tiff.getShort(ifd));
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if (entry + 12 > tiff.limit()) {
				break;
			}
			if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
				int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	private static void expectStart(DataInputStream in) throws IOException {
		if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != SOI) {
			throw new IOException("not a JPEG");
		}
	}

	private static RejectedUploadException unreadable(Exception ex) {
		return new RejectedUploadException("media.upload.unreadable", HttpStatus.UNPROCESSABLE_CONTENT,
				"JPEG structure: " + ex.getMessage());
	}

	/** One marker segment before the compressed picture data. */
	private record Segment(int marker, byte[] payload) {

		static Segment read(DataInputStream in) throws IOException {
			int marker;
			try {
				if (in.readUnsignedByte() != 0xFF) {
					throw new IOException("marker expected");
				}
				do {
					marker = in.readUnsignedByte();
				}
				while (marker == 0xFF);
			}
			catch (EOFException ex) {
				return null;
			}
			if (marker == EOI || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
				return new Segment(marker, null);
			}
			int length = in.readUnsignedShort();
			if (length < 2) {
				throw new IOException("bad segment length");
			}
			byte[] payload = in.readNBytes(length - 2);
			if (payload.length != length - 2) {
				throw new EOFException("truncated segment");
			}
			return new Segment(marker, payload);
		}

		boolean startsWith(byte[] prefix) {
			return this.payload != null && this.payload.length >= prefix.length
					&& Arrays.equals(this.payload, 0, prefix.length, prefix, 0, prefix.length);
		}

		void writeTo(OutputStream out) throws IOException {
			out.write(0xFF);
			out.write(this.marker);
			if (this.payload != null) {
				out.write((this.payload.length + 2) >> 8);
				out.write((this.payload.length + 2) & 0xFF);
				out.write(this.payload);
			}
		}

	}

}
