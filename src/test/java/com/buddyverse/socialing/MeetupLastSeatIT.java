package com.buddyverse.socialing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.buddyverse.BuddyVerseApplication;
import com.buddyverse.member.domain.MemberPrincipal;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.socialing.domain.MeetupCommand;
import com.buddyverse.socialing.domain.MeetupRuleException;
import com.buddyverse.socialing.domain.SocialingService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last seat of a meetup goes to exactly one member when several ask at the same
 * moment: through the service from many threads, and over HTTP through two app instances
 * (two Spring contexts with their own pools, sharing the database like two EC2 instances
 * share RDS). Each scenario runs 20 rounds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetupLastSeatIT {

	private static final int ROUNDS = 20;

	private static final int CONTENDERS = 6;

	private static final String DONE = "참석 신청을 마쳤습니다";

	private static final String FULL = "정원이 다 찼습니다";

	@Autowired
	SocialingService socialing;

	@Autowired
	MemberService members;

	@LocalServerPort
	int port;

	private ConfigurableApplicationContext secondInstance;

	private ExecutorService threads;

	@BeforeAll
	void startSecondInstance() {
		this.secondInstance = new SpringApplicationBuilder(BuddyVerseApplication.class).profiles("test")
			.properties("server.port=0")
			.run();
		this.threads = Executors.newFixedThreadPool(CONTENDERS);
	}

	@AfterAll
	void stopSecondInstance() {
		this.threads.shutdownNow();
		if (this.secondInstance != null) {
			this.secondInstance.close();
		}
	}

	@Test
	void lastSeatGoesToExactlyOneOfManySimultaneousServiceCalls() throws Exception {
		long host = Members.signUp(this.members, "host").id();
		var contenders = signUp(CONTENDERS);
		for (int round = 0; round < ROUNDS; round++) {
			long meetupId = lastSeatLeft(host);
			var barrier = new CyclicBarrier(CONTENDERS);
			var outcomes = race(contenders.stream().<Callable<Boolean>>map((member) -> () -> {
				barrier.await(30, TimeUnit.SECONDS);
				try {
					this.socialing.rsvp(meetupId, member.id());
					return true;
				}
				catch (MeetupRuleException ex) {
					assertThat(ex.messageKey()).isEqualTo("socialing.rsvp.full");
					return false;
				}
			}).toList());

			assertThat(outcomes).as("round %d: seats won", round).containsOnlyOnce(true);
			assertSeatsTaken(meetupId, round);
		}
	}

	@Test
	void lastSeatGoesToExactlyOneOfManySimultaneousRequestsAcrossTwoInstances() throws Exception {
		long host = Members.signUp(this.members, "host").id();
		var instances = List.of("http://localhost:" + this.port, "http://localhost:" + secondPort());
		var clients = new ArrayList<SiteClient>();
		for (var member : signUp(CONTENDERS)) {
			var client = new SiteClient(instances.getFirst());
			assertThat(client.login(member.getUsername(), Members.PASSWORD).location()).doesNotContain("error");
			// A page after logging in carries the session's CSRF token for the forms.
			client.get("/");
			clients.add(client);
		}
		for (int round = 0; round < ROUNDS; round++) {
			long meetupId = lastSeatLeft(host);
			var barrier = new CyclicBarrier(CONTENDERS);
			var tasks = new ArrayList<Callable<SiteClient.Page>>();
			for (int i = 0; i < CONTENDERS; i++) {
				var client = clients.get(i);
				// Half of the members reach one instance, half the other.
				String url = instances.get(i % 2) + "/socialing/" + meetupId + "/rsvp";
				tasks.add(() -> {
					barrier.await(30, TimeUnit.SECONDS);
					return client.post(url, java.util.Map.of());
				});
			}
			var responses = race(tasks);
			assertThat(responses).allSatisfy((response) -> {
				assertThat(response.status()).isEqualTo(302);
				assertThat(response.location()).endsWith("/socialing/" + meetupId);
			});

			assertSeatsTaken(meetupId, round);
			var messages = new ArrayList<String>();
			for (int i = 0; i < CONTENDERS; i++) {
				String page = clients.get(i).follow(responses.get(i)).body();
				messages.add(page.contains(DONE) ? "done" : page.contains(FULL) ? "full" : page);
			}
			assertThat(messages).as("round %d: what each member was told", round).containsOnlyOnce("done");
			assertThat(messages).filteredOn((message) -> !message.equals("done")).containsOnly("full");
		}
	}

	/** A new meetup for three with the host and one guest in it: one seat left. */
	private long lastSeatLeft(long host) {
		long meetupId = this.socialing.create(host,
				new MeetupCommand("마지막 한 자리 🪑", "선착순", "강남역 11번 출구", Instant.now().plus(Duration.ofDays(1)), 3));
		this.socialing.rsvp(meetupId, Members.signUp(this.members, "early").id());
		return meetupId;
	}

	private void assertSeatsTaken(long meetupId, int round) {
		EmbeddedDatabase.awaitReplication();
		var meetup = this.socialing.read(meetupId);
		assertThat(meetup.attendeeCount()).as("round %d: seat count", round).isEqualTo(3);
		assertThat(meetup.attendees()).as("round %d: attendee rows", round).hasSize(3);
	}

	private <T> List<T> race(List<Callable<T>> tasks) throws Exception {
		var futures = new ArrayList<Future<T>>();
		tasks.forEach((task) -> futures.add(this.threads.submit(task)));
		var results = new ArrayList<T>();
		for (var future : futures) {
			results.add(future.get(60, TimeUnit.SECONDS));
		}
		return results;
	}

	private List<MemberPrincipal> signUp(int count) {
		var signedUp = new ArrayList<MemberPrincipal>();
		for (int i = 0; i < count; i++) {
			signedUp.add(Members.signUp(this.members, "seat" + i));
		}
		return signedUp;
	}

	private int secondPort() {
		return ((WebServerApplicationContext) this.secondInstance).getWebServer().getPort();
	}

}
