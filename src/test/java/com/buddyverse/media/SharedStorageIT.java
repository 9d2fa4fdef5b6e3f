package com.buddyverse.media;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.buddyverse.BuddyVerseApplication;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;
import com.buddyverse.support.SiteClient.FilePart;
import com.buddyverse.support.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one shared storage folder, as two EC2 instances share EFS:
 * a photo uploaded through one is served, byte for byte, by the other at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SharedStorageIT {

	private static final Pattern FORM_ACTION = Pattern.compile("<form action=\"([^\"]*_csrf=[^\"]+)\"");

	private static final Pattern MEDIA = Pattern.compile("src=\"(/media/review/[^\"]+)\"");

	private static ConfigurableApplicationContext instanceB;

	@LocalServerPort
	int port;

	@Autowired
	StorageProperties storage;

	@BeforeAll
	static void startSecondInstance(@Autowired StorageProperties storage) {
		instanceB = new SpringApplicationBuilder(BuddyVerseApplication.class).profiles("test")
			.run("--server.port=0", "--buddy.storage.root=" + storage.root().toAbsolutePath(),
					"--buddy.scheduling.enabled=false");
	}

	@AfterAll
	static void stopSecondInstance() {
		if (instanceB != null) {
			instanceB.close();
		}
	}

	@Test
	void photoUploadedThroughOneInstanceIsServedIdenticallyByTheOther() {
		var throughA = new SiteClient("http://localhost:" + this.port);
		var throughB = new SiteClient("http://localhost:" + portOf(instanceB));
		String username = Members.uniqueUsername("shared");
		throughA.get("/signup");
		throughA.post("/signup", Map.of("username", username, "email", username + "@example.com", "displayName", "공유",
				"password", Members.PASSWORD, "passwordConfirm", Members.PASSWORD));
		throughA.login(username, Members.PASSWORD);
		byte[] png = TestImages.png(640, 480, Color.YELLOW);

		var form = FORM_ACTION.matcher(throughA.get("/review/new").body());
		assertThat(form.find()).isTrue();
		var created = throughA.postMultipart(HtmlUtils.htmlUnescape(form.group(1)),
				Map.of("title", "두 인스턴스", "content", "EFS 공유 확인", "rating", "5"),
				List.of(new FilePart("photos", "공유.png", "image/png", png)));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		EmbeddedDatabase.awaitReplication();
		var page = throughA.get(created.location().replaceFirst("^https?://[^/]+", ""));
		var media = MEDIA.matcher(page.body()).results().map((match) -> match.group(1)).toList();
		assertThat(media).hasSize(1);

		assertThat(throughB.getBytes(media.getFirst())).isEqualTo(png).isEqualTo(throughA.getBytes(media.getFirst()));
		assertThat(throughB.get(media.getFirst()).header("content-type")).isEqualTo("image/png");
	}

	private static int portOf(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
