package com.buddyverse.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.board.domain.PostCommand;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.review.domain.ReviewCommand;
import com.buddyverse.review.domain.ReviewService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the replica's server process stopped, every page still answers 200 from the
 * primary, none slowed past a second by the outage, and the load balancer's health stays
 * UP; once the replica runs again, reads go back to it without anyone doing anything.
 */
@RoutingIntegrationTest
class ReplicaOutageIT {

	private static final Duration NOTICEABLE = Duration.ofSeconds(1);

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

	@Autowired
	BoardService board;

	@Autowired
	ReviewService reviews;

	private boolean replicaStopped;

	@AfterEach
	void replicaRunning() {
		if (this.replicaStopped) {
			EmbeddedDatabase.pair().startReplica();
		}
	}

	@Test
	void siteServesFromThePrimaryWhileTheReplicaIsDownAndReturnsToItAfter() {
		var routing = new Routing(this.transactions, this.dataSource, this.meters, this.replicaStatus);
		var account = Members.signUp(this.members, "outage");
		long post = this.board.write(account.id(), new PostCommand("복제본 장애 중에도 보이는 글", "본문"));
		long review = this.reviews.write(account.id(), new ReviewCommand("장애 중 리뷰", "사진 없는 리뷰", 4), List.of());
		EmbeddedDatabase.awaitReplication();
		var member = new SiteClient("http://localhost:" + this.port);
		member.login(account.getUsername(), Members.PASSWORD);
		var visitor = new SiteClient("http://localhost:" + this.port);
		var pages = List.of("/", "/board", "/board?page=1", "/board/" + post, "/review", "/review/" + review, "/club",
				"/challenge", "/socialing", "/login", "/signup");
		var memberPages = List.of("/me", "/board/new", "/board/" + post + "/edit", "/review/new",
				"/review/" + review + "/edit");
		// Templates compiled and pools warm: what is timed below is the outage's cost
		// only.
		visitAll(visitor, pages);
		visitAll(member, memberPages);
		routing.awaitReplicaUsable();
		double fallbackBefore = routing.reads(ReadTarget.PRIMARY_FALLBACK);
		double replicaBefore = routing.reads(ReadTarget.REPLICA);

		EmbeddedDatabase.pair().stopReplica();
		this.replicaStopped = true;

		var slow = new ArrayList<String>();
		for (var path : pages) {
			timed(visitor, path, slow);
			assertHealthUp(visitor);
		}
		for (var path : memberPages) {
			timed(member, path, slow);
			assertHealthUp(visitor);
		}
		assertThat(slow).as("pages slower than %s with the replica down", NOTICEABLE).isEmpty();
		assertThat(this.replicaStatus.isReachable()).isFalse();
		assertThat(routing.reads(ReadTarget.PRIMARY_FALLBACK)).isGreaterThan(fallbackBefore);
		assertThat(routing.reads(ReadTarget.REPLICA)).as("no read reached the stopped replica")
			.isEqualTo(replicaBefore);
		assertThat(routing.readOnlyTransactionServer().id()).isEqualTo(Routing.PRIMARY_SERVER_ID);

		EmbeddedDatabase.pair().startReplica();
		this.replicaStopped = false;

		routing.awaitReplicaUsable();
		assertThat(routing.readOnlyTransactionServer().id()).isEqualTo(Routing.REPLICA_SERVER_ID);
		await("pages read from the replica again").atMost(Duration.ofSeconds(10)).until(() -> {
			double before = routing.reads(ReadTarget.REPLICA);
			return visitor.get("/board").status() == 200 && routing.reads(ReadTarget.REPLICA) > before;
		});
		assertHealthUp(visitor);
	}

	private static void visitAll(SiteClient client, List<String> paths) {
		for (var path : paths) {
			assertThat(client.get(path).status()).as(path).isEqualTo(200);
		}
	}

	private static void timed(SiteClient client, String path, List<String> slow) {
		long start = System.nanoTime();
		var page = client.get(path);
		var took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(page.status()).as("%s with the replica down", path).isEqualTo(200);
		if (took.compareTo(NOTICEABLE) > 0) {
			slow.add(path + " took " + took.toMillis() + " ms");
		}
	}

	private static void assertHealthUp(SiteClient client) {
		var health = client.get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

}
