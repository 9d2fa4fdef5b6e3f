package com.buddyverse.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import com.buddyverse.support.SiteClient;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests as the ALB forwards them (from a private address, with X-Forwarded-*), the
 * headers every page carries, and no session for files and health checks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProxyAndHeadersIT {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void requestForwardedByTheAlbAsHttpsStaysHttpsWithSecureCookieAndHsts() throws Exception {
		var login = send("/login", true);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		assertThat(sessionCookie(login)).contains("Secure").contains("HttpOnly");

		var protectedPage = send("/me", true);
		assertThat(protectedPage.statusCode()).isEqualTo(302);
		assertThat(protectedPage.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("https://")
				.endsWith("/login")
				.doesNotContain(":" + this.port));
	}

	@Test
	void plainHttpRequestGetsNoHstsAndNoSecureCookie() throws Exception {
		var login = send("/login", false);
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(sessionCookie(login)).doesNotContain("Secure");
	}

	@Test
	void forwardedHeadersAreTrustedOnlyFromPrivateRangeProxies() {
		var tomcat = ((TomcatWebServer) this.context.getWebServer()).getTomcat();
		var valve = (RemoteIpValve) List.of(tomcat.getEngine().getPipeline().getValves())
			.stream()
			.filter(RemoteIpValve.class::isInstance)
			.findFirst()
			.orElseThrow();
		var trusted = Pattern.compile(valve.getInternalProxies());
		// The ALB's nodes have addresses in the VPC's public subnets.
		assertThat(trusted.matcher("172.31.10.25").matches()).isTrue();
		assertThat(trusted.matcher("172.31.20.7").matches()).isTrue();
		assertThat(trusted.matcher("10.0.3.4").matches()).isTrue();
		assertThat(trusted.matcher("203.0.113.9").matches()).isFalse();
		assertThat(trusted.matcher("172.32.0.1").matches()).isFalse();
		assertThat(trusted.matcher("8.8.8.8").matches()).isFalse();
		assertThat(valve.getProtocolHeader()).isEqualToIgnoringCase("X-Forwarded-Proto");
		assertThat(valve.getRemoteIpHeader()).isEqualToIgnoringCase("X-Forwarded-For");
		assertThat(valve.getPortHeader()).isEqualToIgnoringCase("X-Forwarded-Port");
	}

	@Test
	void pagesCarryContentSecurityPolicyFrameDenialAndReferrerPolicy() {
		var home = new SiteClient("http://localhost:" + this.port).get("/");
		assertThat(home.status()).isEqualTo(200);
		String csp = home.header("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'")
			.contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.contains("object-src 'none'")
			.doesNotContain("'unsafe-eval'");
		assertThat(csp.split(";")).filteredOn((directive) -> directive.strip().startsWith("script-src"))
			.singleElement()
			.isEqualTo(" script-src 'self'");
		assertThat(home.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
		// The page's stylesheet and script come from the webjar on this origin.
		assertThat(home.body()).contains("/webjars/bootstrap/");
	}

	@Test
	void filesMediaWebjarsAndHealthChecksNeverCreateASession() throws Exception {
		for (String path : new String[] { "/static/css/buddyverse.css", "/webjars/bootstrap/css/bootstrap.min.css",
				"/media/review/2020/01/01/missing.jpg", "/actuator/health", "/actuator/info" }) {
			var response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).as(path).isIn(200, 404);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	private HttpResponse<String> send(String path, boolean viaAlbOverHttps) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (viaAlbOverHttps) {
			request.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Port", "443")
				.header("X-Forwarded-For", "203.0.113.50")
				.header("X-Forwarded-Host", "buddyverse.link");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("BUDDYSESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}
