package com.buddyverse.database;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import com.buddyverse.member.domain.MemberService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the replica no longer applying changes ({@code STOP SLAVE SQL_THREAD}), the author
 * of a new post sees it at once (read-your-writes); another member sees it only once
 * replication resumes, or once the lag threshold sends their reads to the primary.
 */
@RoutingIntegrationTest
class ReplicationPausedIT {

	@LocalServerPort
	int port;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ReplicaStatus replicaStatus;

	@Autowired
	MemberService members;

	Routing routing;

	SiteClient author;

	SiteClient reader;

	@BeforeEach
	void twoMembersLoggedIn() {
		this.routing = new Routing(this.transactions, this.dataSource, this.meters, this.replicaStatus);
		// Created directly, not through the site: a sign-up in the browser would start
		// the
		// reader's own read-your-writes window.
		var authorAccount = Members.signUp(this.members, "author");
		var readerAccount = Members.signUp(this.members, "reader");
		EmbeddedDatabase.awaitReplication();
		this.author = logIn(authorAccount.getUsername());
		this.reader = logIn(readerAccount.getUsername());
		this.routing.awaitReplicaUsable();
	}

	@AfterEach
	void replicationRunning() {
		EmbeddedDatabase.pair().resumeReplication();
		EmbeddedDatabase.awaitReplication();
	}

	@Test
	void authorSeesNewPostAtOnceAndOthersOnceReplicationResumes() {
		EmbeddedDatabase.pair().pauseReplication();

		String post = write(this.author, "복제 멈춤 중에 쓴 글 📝");
		assertThat(this.author.get(post).body()).contains("복제 멈춤 중에 쓴 글 📝");
		assertThat(this.author.get("/board").body()).contains("복제 멈춤 중에 쓴 글 📝");
		assertThat(this.reader.get(post).status()).as("the replica does not have the post yet").isEqualTo(404);
		assertThat(this.reader.get("/board").body()).doesNotContain("복제 멈춤 중에 쓴 글 📝");

		EmbeddedDatabase.pair().resumeReplication();
		EmbeddedDatabase.awaitReplication();
		this.routing.awaitReplicaUsable();
		double replicaBefore = this.routing.reads(ReadTarget.REPLICA);
		var page = this.reader.get(post);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("복제 멈춤 중에 쓴 글 📝");
		assertThat(this.routing.reads(ReadTarget.REPLICA)).as("served by the replica").isGreaterThan(replicaBefore);
	}

	@Test
	void othersReadFromThePrimaryOnceTheReplicaLagsPastTheThreshold() {
		EmbeddedDatabase.pair().pauseReplication();

		String post = write(this.author, "지연 임계값 테스트 ⏱️");
		assertThat(this.author.get(post).status()).isEqualTo(200);
		assertThat(this.reader.get(post).status()).isEqualTo(404);

		double lagBefore = this.routing.reads(ReadTarget.PRIMARY_LAG);
		await("reader routed to the primary by lag").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.reader.get(post).status() == 200);
		assertThat(this.replicaStatus.isLagging()).isTrue();
		assertThat(this.replicaStatus.lag())
			.hasValueSatisfying((lag) -> assertThat(lag).isGreaterThan(this.replicaStatus.lagThreshold()));
		assertThat(this.routing.reads(ReadTarget.PRIMARY_LAG)).isGreaterThan(lagBefore);
	}

	private String write(SiteClient client, String title) {
		client.get("/board/new");
		var created = client.post("/board", Map.of("title", title, "content", "본문"));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).matches(".*/board/\\d+$");
		return created.location().replaceFirst("^https?://[^/]+", "");
	}

	private SiteClient logIn(String username) {
		var client = new SiteClient("http://localhost:" + this.port);
		var loggedIn = client.login(username, Members.PASSWORD);
		assertThat(loggedIn.location()).doesNotContain("error");
		return client;
	}

}
