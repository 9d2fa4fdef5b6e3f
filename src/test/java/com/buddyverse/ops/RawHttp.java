package com.buddyverse.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One request per connection over a plain socket, so a test knows exactly whether the
 * server accepted the connection and whether a complete response came back (a pooled
 * client would blur both).
 */
final class RawHttp {

	/**
	 * What happened to one request; {@code status} is 0 when no complete response came.
	 */
	record Outcome(long connectedAtNanos, boolean connected, int status, String failure) {

		boolean completed() {
			return this.status > 0;
		}

	}

	private RawHttp() {
	}

	static Outcome get(int port, String path, String extraHeaders) {
		return exchange(port,
				"GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extraHeaders + "\r\n", null,
				Duration.ZERO);
	}

	/**
	 * A form post whose body arrives in pieces over {@code spread}: the request stays in
	 * flight that long after it was accepted.
	 */
	static Outcome slowPost(int port, String path, String body, Duration spread) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return exchange(port, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length + "\r\n\r\n",
				bytes, spread);
	}

	private static Outcome exchange(int port, String head, byte[] body, Duration spread) {
		long connectedAt = 0;
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
			connectedAt = System.nanoTime();
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			if (body != null) {
				int pieces = 10;
				for (int i = 0; i < pieces; i++) {
					int from = body.length * i / pieces;
					int to = body.length * (i + 1) / pieces;
					out.write(body, from, to - from);
					out.flush();
					Thread.sleep(spread.dividedBy(pieces));
				}
			}
			return new Outcome(connectedAt, true, readStatus(socket.getInputStream()), null);
		}
		catch (IOException ex) {
			return new Outcome(connectedAt, connectedAt != 0, 0, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(connectedAt, connectedAt != 0, 0, ex.toString());
		}
	}

	/** The status of a complete response: status line, headers and the whole body. */
	private static int readStatus(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int headerEnd = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/1.1 ") || headerEnd < 0) {
			throw new IOException("incomplete response: " + all.length + " bytes");
		}
		String headers = text.substring(0, headerEnd).toLowerCase();
		String bodyPart = text.substring(headerEnd + 4);
		if (headers.contains("transfer-encoding: chunked") && !bodyPart.endsWith("0\r\n\r\n")) {
			throw new IOException("chunked body cut short");
		}
		var length = java.util.regex.Pattern.compile("content-length: (\\d+)").matcher(headers);
		if (length.find() && bodyPart.length() != Integer.parseInt(length.group(1))) {
			throw new IOException("body cut short");
		}
		return Integer.parseInt(text.substring(9, 12));
	}

}
