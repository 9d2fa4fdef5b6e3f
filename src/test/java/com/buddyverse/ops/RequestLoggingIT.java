package com.buddyverse.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Access log and request ids in the log; never a password, even at debug level. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class RequestLoggingIT {

	/** Loggers that could plausibly print a request's parameters or bound SQL values. */
	private static final String[] TALKATIVE = { "com.buddyverse", "org.springframework.web",
			"org.springframework.security", "org.springframework.session", "org.hibernate.SQL",
			"org.hibernate.orm.jdbc.bind", "org.apache.catalina", "org.apache.coyote" };

	@LocalServerPort
	int port;

	@Autowired
	LoggingSystem logging;

	@Test
	void everyRequestIsAccessLoggedWithItsRequestIdAndTheAlbTraceId(CapturedOutput output) throws Exception {
		String traceId = "Root=1-67891233-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/board"))
				.header("X-Amzn-Trace-Id", traceId)
				.build(), HttpResponse.BodyHandlers.discarding());
		String requestId = response.headers().firstValue(RequestLoggingFilter.REQUEST_ID_HEADER).orElseThrow();

		assertThat(output.getOut()).containsPattern("\\[" + requestId + "\\] .*GET /board 200 \\d+ms");
		var line = output.getOut().lines().filter((l) -> l.contains(requestId)).findFirst().orElseThrow();
		assertThat(line).doesNotContain("Root=").as("the human-readable line stays short");
	}

	@Test
	void forgedTraceIdsNeverReachTheLog(CapturedOutput output) throws Exception {
		HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/board"))
				.header("X-Amzn-Trace-Id", "Root=1-abc FAKE-LINE level=ERROR")
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(output.getOut()).doesNotContain("FAKE-LINE");
	}

	@Test
	void noPasswordAppearsInAnyLogLineOfSignUpLogInAndPasswordChange(CapturedOutput output) {
		String password = "Pw-" + UUID.randomUUID().toString().substring(0, 13);
		String newPassword = "Nw-" + UUID.randomUUID().toString().substring(0, 13);
		var previous = new LogLevel[TALKATIVE.length];
		for (int i = 0; i < TALKATIVE.length; i++) {
			var configuration = this.logging.getLoggerConfiguration(TALKATIVE[i]);
			previous[i] = (configuration != null) ? configuration.getConfiguredLevel() : null;
			this.logging.setLogLevel(TALKATIVE[i], LogLevel.TRACE);
		}
		try {
			var site = new SiteClient("http://localhost:" + this.port);
			String username = Members.uniqueUsername("logs");
			site.get("/signup");
			var signedUp = site.post("/signup",
					Map.of("username", username, "email", username + "@test.buddyverse.link", "displayName", "로그",
							"password", password, "passwordConfirm", password));
			assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(302);
			assertThat(site.login(username, "wrong-" + password).location()).contains("error");
			assertThat(site.login(username, password).status()).isEqualTo(302);
			site.get("/me");
			site.post("/me/password",
					Map.of("currentPassword", password, "newPassword", newPassword, "newPasswordConfirm", newPassword));
		}
		finally {
			for (int i = 0; i < TALKATIVE.length; i++) {
				this.logging.setLogLevel(TALKATIVE[i], previous[i]);
			}
		}
		assertThat(output.getAll()).as("debug output was captured").contains("/login");
		assertThat(output.getAll()).doesNotContain(password).doesNotContain(newPassword);
	}

}
