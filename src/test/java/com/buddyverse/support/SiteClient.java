package com.buddyverse.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

/**
 * A member's browser reduced to HTTP: keeps cookies, reads the CSRF token from the last
 * page it got, and never follows redirects by itself so tests can see them.
 */
public final class SiteClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient http;

	private String csrfToken;

	public SiteClient(String baseUrl) {
		this(baseUrl, null);
	}

	/** A client for an HTTPS site whose certificate {@code sslContext} trusts. */
	public SiteClient(String baseUrl, SSLContext sslContext) {
		this.baseUrl = baseUrl;
		var builder = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5));
		if (sslContext != null) {
			builder.sslContext(sslContext);
		}
		this.http = builder.build();
	}

	public record Page(int status, String body, Map<String, List<String>> headers) {

		public String location() {
			return this.headers.getOrDefault("location", List.of("")).getFirst();
		}

		public String header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(), List.of("")).getFirst();
		}

	}

	/** A file part of a multipart form. */
	public record FilePart(String field, String filename, String contentType, byte[] bytes) {
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** Follows redirects from {@code page} like a browser, returning the final page. */
	public Page follow(Page page) {
		var current = page;
		for (int hops = 0; hops < 5 && current.status() / 100 == 3; hops++) {
			current = get(current.location());
		}
		return current;
	}

	public Page post(String path, Map<String, String> fields) {
		var withToken = new LinkedHashMap<>(fields);
		if (this.csrfToken != null) {
			withToken.putIfAbsent("_csrf", this.csrfToken);
		}
		String body = withToken.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Page postMultipart(String path, Map<String, String> fields, List<FilePart> files) {
		String boundary = "----buddyverse" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		var allFields = new LinkedHashMap<>(fields);
		if (this.csrfToken != null) {
			allFields.putIfAbsent("_csrf", this.csrfToken);
		}
		allFields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		for (var file : files) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
					+ "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
			body.writeBytes(file.bytes());
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Logs in through the login form; returns the page the login redirected to. */
	public Page login(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	public byte[] getBytes(String path) {
		try {
			return this.http
				.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
				.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Page send(HttpRequest.Builder request) {
		try {
			var response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			var matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				this.csrfToken = matcher.group(1);
			}
			return new Page(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : this.baseUrl + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
