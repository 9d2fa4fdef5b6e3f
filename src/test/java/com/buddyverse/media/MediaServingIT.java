package com.buddyverse.media;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.buddyverse.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /static} and {@code /media} over real HTTP: hashed and overlaid assets, the
 * headers browsers and caches rely on, and no way out of the tree.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MediaServingIT {

	private static final Pattern CSS = Pattern.compile("href=\"(/static/css/buddyverse-[0-9a-f]{32}\\.css)\"");

	private static final Pattern BANNER = Pattern.compile("src=\"(/static/img/banner[^\"]*\\.svg)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	StorageProperties storageProperties;

	@Autowired
	MediaStorage storage;

	@Test
	void pagesLinkJarAssetsByContentHashAndThoseAreCachedForAYear() throws Exception {
		var home = get("/");
		var css = CSS.matcher(home.body());
		assertThat(css.find()).as(home.body()).isTrue();

		var hashed = get(css.group(1));
		assertThat(hashed.statusCode()).isEqualTo(200);
		assertThat(hashed.headers().firstValue("cache-control")).hasValue("max-age=31536000, public, immutable");
		assertThat(hashed.body()).isEqualTo(classpath("static/css/buddyverse.css"));

		var plain = get("/static/css/buddyverse.css");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("cache-control")).hasValue("max-age=600, public");

		var wrongHash = get("/static/css/buddyverse-0123456789abcdef0123456789abcdef.css");
		assertThat(wrongHash.statusCode()).isEqualTo(404);
		assertThat(wrongHash.headers().firstValue("cache-control").orElse("")).doesNotContain("immutable");
	}

	@Test
	void textAssetsAreCompressed() throws Exception {
		var bootstrap = this.http.send(HttpRequest.newBuilder(uri("/webjars/bootstrap/css/bootstrap.min.css"))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(bootstrap.statusCode()).isEqualTo(200);
		assertThat(bootstrap.headers().firstValue("content-encoding")).hasValue("gzip");
		String css = new String(new GZIPInputStream(new ByteArrayInputStream(bootstrap.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(css).contains("Bootstrap");
		assertThat(bootstrap.body().length).isLessThan(css.length() / 3);

		var home = this.http.send(HttpRequest.newBuilder(uri("/")).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(home.headers().firstValue("content-encoding")).hasValue("gzip");
	}

	@Test
	void bannerInTheSharedTreeReplacesTheJarsUnderItsPlainUrl() throws Exception {
		Path overlay = this.storageProperties.staticRoot().resolve("img/banner.svg");
		String replacement = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>추석 이벤트</text></svg>";
		try {
			var before = BANNER.matcher(get("/").body());
			assertThat(before.find()).isTrue();
			assertThat(before.group(1)).matches("/static/img/banner-[0-9a-f]{32}\\.svg");
			String hashedJarBanner = before.group(1);

			Files.createDirectories(overlay.getParent());
			Files.writeString(overlay, replacement);

			var after = BANNER.matcher(get("/").body());
			assertThat(after.find()).isTrue();
			assertThat(after.group(1)).isEqualTo("/static/img/banner.svg");
			var served = get("/static/img/banner.svg");
			assertThat(served.body()).isEqualTo(replacement);
			assertThat(served.headers().firstValue("cache-control")).hasValue("max-age=600, public");
			assertThat(get(hashedJarBanner).body()).as("pages cached earlier still get the jar's banner")
				.isEqualTo(classpath("static/img/banner.svg"));
		}
		finally {
			Files.deleteIfExists(overlay);
		}
		var restored = BANNER.matcher(get("/").body());
		assertThat(restored.find()).isTrue();
		assertThat(restored.group(1)).matches("/static/img/banner-[0-9a-f]{32}\\.svg");
	}

	@Test
	void mediaIsServedAsTheImageItIsWithValidationAndRanges() throws Exception {
		byte[] png = TestImages.png(120, 80, Color.ORANGE);
		var stored = this.storage.storeImage("review",
				new MockMultipartFile("photos", "주황.png", "application/octet-stream", png));
		String url = "/media/" + stored.path();

		var response = getBytes(url, List.of());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(png);
		var headers = response.headers();
		assertThat(headers.firstValue("content-type")).hasValue("image/png");
		assertThat(headers.firstValue("x-content-type-options")).hasValue("nosniff");
		assertThat(headers.firstValue("content-disposition"))
			.hasValue("inline; filename=\"" + Path.of(stored.path()).getFileName() + "\"");
		assertThat(headers.firstValue("cache-control")).hasValue("max-age=31536000, public, immutable");
		assertThat(headers.firstValue("accept-ranges")).hasValue("bytes");
		String etag = headers.firstValue("etag").orElseThrow();
		String lastModified = headers.firstValue("last-modified").orElseThrow();

		assertThat(getBytes(url, List.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
		assertThat(getBytes(url, List.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
		assertThat(getBytes(url, List.of("If-None-Match", "\"something-else\"")).statusCode()).isEqualTo(200);

		var range = getBytes(url, List.of("Range", "bytes=0-7"));
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.headers().firstValue("content-range")).hasValue("bytes 0-7/" + png.length);
		assertThat(range.body()).isEqualTo(java.util.Arrays.copyOf(png, 8));

		var thumbnail = getBytes("/media/" + stored.thumbnailPath(), List.of());
		assertThat(thumbnail.headers().firstValue("content-type")).hasValue("image/jpeg");
	}

	@Test
	void nothingOutsideTheMediaTreeNorAnythingButStoredImagesIsServed() throws Exception {
		Path root = this.storageProperties.root();
		Path media = this.storageProperties.mediaRoot();
		Files.writeString(root.resolve("secret.txt"), "TOP-SECRET");
		Path folder = Files.createDirectories(media.resolve("review/2020/01/01"));
		Files.writeString(folder.resolve(".upload-123.tmp"), "half an upload");
		Files.writeString(folder.resolve("page.html"), "<script>alert(1)</script>");
		Files.write(folder.resolve("stolen.png"), TestImages.png(4, 4, Color.BLACK));
		Files.deleteIfExists(folder.resolve("link.png"));
		Files.createSymbolicLink(folder.resolve("link.png"), root.resolve("secret.txt"));
		Files.deleteIfExists(folder.resolve("linked"));
		Files.createSymbolicLink(folder.resolve("linked"), root);
		assertThat(get("/media/review/2020/01/01/stolen.png").statusCode()).as("control").isEqualTo(200);

		var attempts = List.of("/media/../secret.txt", "/media/review/../../secret.txt", "/media/%2e%2e/secret.txt",
				"/media/%2E%2E/secret.txt", "/media/review/%2e%2e/%2e%2e/secret.txt", "/media/%252e%252e/secret.txt",
				"/media/%252e%252e%252fsecret.txt", "/media/..%2fsecret.txt", "/media/..%5csecret.txt",
				"/media/..\\secret.txt", "/media/review\\..\\..\\secret.txt", "/media/%5c..%5csecret.txt",
				"/media//" + root.resolve("secret.txt"), "/media/file:" + root.resolve("secret.txt"),
				"/media/" + root.resolve("secret.txt").toString().replace("/", "%2f"),
				"/media/review/2020/01/01/link.png", "/media/review/2020/01/01/linked/secret.txt",
				"/media/review/2020/01/01/.upload-123.tmp", "/media/review/2020/01/01/page.html",
				"/media/review/2020/01/01/", "/media/review/", "/media/review", "/media/", "/media",
				"/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/%252e%252e/secret.txt",
				"/static/..%5csecret.txt", "/static/css/");
		for (String attempt : attempts) {
			var answer = RawHttp.get(this.port, attempt);
			assertThat(answer.text()).as(attempt)
				.doesNotContain("TOP-SECRET")
				.doesNotContain("half an upload")
				.doesNotContain("alert(1)");
			// A raw backslash is not a legal character in a request line: Tomcat's parser
			// refuses it with 400 before any application code runs. Everything else is a
			// 404.
			int expected = attempt.contains("\\") ? 400 : 404;
			assertThat(answer.status()).as(attempt).isEqualTo(expected);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> getBytes(String path, List<String> headers) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(uri(path));
		for (int i = 0; i < headers.size(); i += 2) {
			request.header(headers.get(i), headers.get(i + 1));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String classpath(String path) throws IOException {
		try (var in = MediaServingIT.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
