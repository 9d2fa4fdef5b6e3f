package com.buddyverse.media;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;
import com.buddyverse.support.SiteClient.FilePart;
import com.buddyverse.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hostile upload through the real review form: a 4xx with the reason on the form
 * itself, and not a byte left in the media tree.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadRejectionIT {

	private static final Pattern FORM_ACTION = Pattern.compile("<form action=\"([^\"]*_csrf=[^\"]+)\"");

	private static final Map<String, String> REVIEW = Map.of("title", "거절될 리뷰", "content", "사진이 문제예요", "rating", "4");

	private static final int MB = 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	StorageProperties storage;

	private SiteClient member;

	@BeforeEach
	void logIn() {
		this.member = new SiteClient("http://localhost:" + this.port);
		String username = Members.uniqueUsername("uploader");
		this.member.get("/signup");
		this.member.post("/signup", Map.of("username", username, "email", username + "@example.com", "displayName",
				"업로더", "password", Members.PASSWORD, "passwordConfirm", Members.PASSWORD));
		this.member.login(username, Members.PASSWORD);
	}

	@Test
	void fileOverTheSizeLimitComesBackOnTheFormAs413() {
		byte[] big = padded(TestImages.png(50, 50, Color.RED), 10 * MB + 1);

		var page = submit(List.of(new FilePart("photos", "big.png", "image/png", big)));

		assertRejected(page, 413, "한 장에 10MB");
	}

	@Test
	void requestOverTheLimitIsAnsweredOnTheFormNotWithAResetConnection() {
		var files = new ArrayList<FilePart>();
		for (int i = 0; i < 6; i++) {
			files.add(new FilePart("photos", i + ".png", "image/png",
					padded(TestImages.png(20, 20, Color.BLUE), 9 * MB)));
		}

		var page = submit(files);

		assertRejected(page, 413, "한 번에 5장");
	}

	@Test
	void moreFilesThanAllowedAreRefused() {
		var files = new ArrayList<FilePart>();
		for (int i = 0; i < 6; i++) {
			files.add(new FilePart("photos", i + ".png", "image/png", TestImages.png(20, 20, Color.GREEN)));
		}

		assertRejected(submit(files), 400, "5장까지");
	}

	@Test
	void textNamedLikeAPhotoIsRefusedByItsContent() {
		var page = submit(List.of(new FilePart("photos", "photo.png", "image/png", "just text, not a PNG".getBytes())));

		assertRejected(page, 415, "사진만 올릴 수 있습니다");
	}

	@Test
	void svgIsRefusedEvenThoughBrowsersCallItAnImage() {
		var page = submit(List.of(new FilePart("photos", "logo.svg", "image/svg+xml", HostileFiles.SVG)));

		assertRejected(page, 415, "사진만 올릴 수 있습니다");
	}

	@Test
	void htmlDisguisedAsJpegIsRefused() {
		var page = submit(List.of(new FilePart("photos", "cat.jpg", "image/jpeg", HostileFiles.HTML)));

		assertRejected(page, 415, "사진만 올릴 수 있습니다");
	}

	@Test
	void decompressionBombIsRefused() {
		var page = submit(
				List.of(new FilePart("photos", "bomb.png", "image/png", HostileFiles.pngClaiming(50_000, 50_000))));

		assertRejected(page, 422, "사진이 너무 큽니다");
	}

	@Test
	void goodPhotoIsNotStoredWhenAnotherInTheSameFormIsRefused() {
		var page = submit(List.of(new FilePart("photos", "good.png", "image/png", TestImages.png(64, 64, Color.PINK)),
				new FilePart("photos", "bad.svg", "image/svg+xml", HostileFiles.SVG)));

		assertRejected(page, 415, "사진만 올릴 수 있습니다");
	}

	private SiteClient.Page submit(List<FilePart> files) {
		var before = MediaTree.files(this.storage.mediaRoot());
		var form = this.member.get("/review/new");
		var action = FORM_ACTION.matcher(form.body());
		assertThat(action.find()).as("the form posts its CSRF token in the URL too").isTrue();
		var page = this.member.postMultipart(HtmlUtils.htmlUnescape(action.group(1)), REVIEW, files);
		assertThat(MediaTree.files(this.storage.mediaRoot())).as("nothing left on disk").isEqualTo(before);
		return page;
	}

	private static void assertRejected(SiteClient.Page page, int status, String reason) {
		assertThat(page.status()).as(page.body()).isEqualTo(status);
		assertThat(page.body()).contains(reason).contains("enctype=\"multipart/form-data\"").contains("REVIEW");
	}

	private static byte[] padded(byte[] image, int size) {
		return java.util.Arrays.copyOf(image, size);
	}

}
