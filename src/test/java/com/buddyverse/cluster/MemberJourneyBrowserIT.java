package com.buddyverse.cluster;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.buddyverse.support.Members;
import com.buddyverse.support.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's visit in real Chromium through the load balancer over HTTPS, a screenshot of
 * every page in target/screenshots for a reviewer. Each step is one method, so a new
 * feature's step slots into the journey.
 */
@Order(5)
@ExtendWith(ClusterExtension.class)
class MemberJourneyBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

	private static final String DISPLAY_NAME = "브라우저님";

	private static final int MEETUP_CAPACITY = 4;

	private static ChromeDriver browser;

	private static WebDriverWait wait;

	private static LocalCluster cluster;

	private int shot;

	@BeforeAll
	static void openBrowser(LocalCluster localCluster, @TempDir Path profile) throws IOException {
		ClusterTools.require(ClusterTools.BROWSER);
		cluster = localCluster;
		Files.createDirectories(SCREENSHOTS);
		// Only this run's pages, so a reviewer never looks at an older run's.
		try (var old = Files.list(SCREENSHOTS)) {
			for (var file : old.filter((f) -> f.toString().endsWith(".png")).toList()) {
				Files.delete(file);
			}
		}
		var options = new ChromeOptions();
		options.setBinary(ClusterTools.find("chromium").toFile());
		// Headless in a container: no sandbox, GPU or /dev/shm, nothing fetched from
		// Google; a fresh profile; the load balancer's self-signed certificate accepted.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile.toAbsolutePath(), "--ignore-certificate-errors", "--window-size=1280,1024",
				"--lang=ko-KR");
		var service = new ChromeDriverService.Builder()
			.usingDriverExecutable(ClusterTools.find("chromedriver").toFile())
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		wait = new WebDriverWait(browser, PAGE_WAIT);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void memberSignsUpWritesInKoreanUploadsAPhotoJoinsAClubRsvpsAndLogsOut() throws IOException {
		// The cluster has no demo data: another member opens the club and the meetup.
		var host = cluster.client();
		MemberSteps.signUpAndLogIn(host, "host");
		String clubName = "망원 러닝 크루 🏃 " + Members.uniqueUsername("c");
		long clubId = MemberSteps.createClub(host, clubName, "SPORTS", "토요일 아침 7시, 망원한강공원에서 같이 달려요!");
		String meetupTitle = "토요일 북한산 등산 ⛰️";
		long meetupId = MemberSteps.openMeetup(host, meetupTitle, "우이역 2번 출구", MEETUP_CAPACITY);
		String username = Members.uniqueUsername("browser");
		try {
			signUp(username);
			logIn(username);
			writePost("주말 한강 피크닉 모임 🧺", "돗자리와 간식을 챙겨 오세요! 여의도 한강공원에서 만나요 😀");
			writeReviewWithPhoto("망원동 빵집 투어 후기 🥐");
			joinClub("/club/" + clubId, clubName);
			rsvpToMeetup("/socialing/" + meetupId, meetupTitle);
			logOut();
		}
		catch (RuntimeException | AssertionError ex) {
			// What the browser showed when the step failed, for the reviewer.
			screenshot("failed-at-" + browser.getCurrentUrl().replaceAll("[^A-Za-z0-9]+", "-"));
			throw ex;
		}
	}

	private void signUp(String username) throws IOException {
		open("/signup");
		type("username", username);
		type("email", username + "@example.com");
		type("displayName", DISPLAY_NAME);
		type("password", Members.PASSWORD);
		type("passwordConfirm", Members.PASSWORD);
		screenshot("signup");
		browser.findElement(By.name("username")).submit();
		wait.until(ExpectedConditions.urlContains("/login"));
		screenshot("signed-up");
	}

	private void logIn(String username) throws IOException {
		type("username", username);
		type("password", Members.PASSWORD);
		browser.findElement(By.name("username")).submit();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-logout")));
		assertThat(browser.getCurrentUrl()).startsWith(cluster.httpsUrl());
		screenshot("logged-in");
	}

	private void writePost(String title, String content) throws IOException {
		open("/board/new");
		type("title", title);
		type("content", content);
		screenshot("post-form");
		browser.findElement(By.name("title")).submit();
		wait.until(ExpectedConditions.urlMatches("/board/\\d+$"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), title));
		assertThat(bodyText()).contains(content);
		screenshot("post");
	}

	private void writeReviewWithPhoto(String title) throws IOException {
		Path photo = Files.createTempFile("망원동-", ".png");
		Files.write(photo, TestImages.png(800, 600, new Color(0xE0, 0x8E, 0x3C)));
		open("/review/new");
		type("title", title);
		type("content", "크루아상이 바삭해요. 오전 10시 전에 가세요!");
		new Select(browser.findElement(By.name("rating"))).selectByValue("5");
		browser.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
		screenshot("review-form");
		browser.findElement(By.name("title")).submit();
		wait.until(ExpectedConditions.urlMatches("/review/\\d+$"));
		var image = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.bv-photo")));
		wait.until((driver) -> loaded(image));
		assertThat(bodyText()).contains(title);
		screenshot("review-with-photo");
		Files.delete(photo);
	}

	private void joinClub(String path, String name) throws IOException {
		open(path);
		wait.until(ExpectedConditions.textToBe(By.id("club-name"), name));
		assertThat(text("club-member-count")).isEqualTo("멤버 1명");
		assertThat(text("club-members")).doesNotContain(DISPLAY_NAME);
		screenshot("club");
		browser.findElement(By.id("club-join")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("club-leave")));
		assertThat(bodyText()).contains("클럽에 가입했습니다");
		// Loaded afresh, the page shows the membership as stored, not the flash message.
		open(path);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("club-leave")));
		assertThat(bodyText()).doesNotContain("클럽에 가입했습니다");
		assertThat(browser.findElements(By.id("club-join"))).isEmpty();
		assertThat(text("club-member-count")).isEqualTo("멤버 2명");
		assertThat(text("club-members")).contains(DISPLAY_NAME);
		screenshot("club-joined");
	}

	private void rsvpToMeetup(String path, String title) throws IOException {
		open(path);
		wait.until(ExpectedConditions.textToBe(By.id("meetup-title"), title));
		assertThat(text("meetup-status")).isEqualTo("모집 중");
		assertThat(text("meetup-seats")).isEqualTo("1 / %d명".formatted(MEETUP_CAPACITY));
		assertThat(text("meetup-attendees")).doesNotContain(DISPLAY_NAME);
		screenshot("meetup");
		browser.findElement(By.id("meetup-rsvp")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetup-cancel-rsvp")));
		assertThat(bodyText()).contains("참석 신청을 마쳤습니다");
		open(path);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetup-cancel-rsvp")));
		assertThat(bodyText()).doesNotContain("참석 신청을 마쳤습니다");
		assertThat(browser.findElements(By.id("meetup-rsvp"))).isEmpty();
		assertThat(text("meetup-seats")).isEqualTo("2 / %d명".formatted(MEETUP_CAPACITY));
		assertThat(text("meetup-attendees")).contains(DISPLAY_NAME);
		screenshot("meetup-rsvped");
	}

	private void logOut() throws IOException {
		browser.findElement(By.id("nav-logout")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("nav-logout")));
		assertThat(bodyText()).contains("LOGIN");
		screenshot("logged-out");
	}

	private void open(String path) {
		browser.get(cluster.httpsUrl() + path);
	}

	private void type(String field, String text) {
		var input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name(field)));
		// A second field of the same name would be submitted too, joined with a comma.
		assertThat(browser.findElements(By.name(field))).as("fields named %s", field).hasSize(1);
		input.clear();
		input.sendKeys(text);
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private String bodyText() {
		return browser.findElement(By.tagName("body")).getText();
	}

	/** The browser fetched and decoded the image: it has pixels. */
	private static boolean loaded(WebElement image) {
		Object width = ((JavascriptExecutor) browser)
			.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
		return width instanceof Number number && number.intValue() > 0;
	}

	private void screenshot(String name) throws IOException {
		this.shot++;
		byte[] png = browser.getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve("%02d-%s.png".formatted(this.shot, name)), png);
	}

}
