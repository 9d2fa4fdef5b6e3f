package com.buddyverse.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A request line sent exactly as written: HTTP client libraries normalise or refuse the
 * paths an attacker would send.
 */
final class RawHttp {

	private RawHttp() {
	}

	record Answer(int status, String text) {
	}

	static Answer get(int port, String target) {
		try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(10_000);
			String request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			int status = Integer.parseInt(text.substring(9, 12));
			return new Answer(status, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
