package com.buddyverse.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.board.domain.PostCommand;
import com.buddyverse.common.PageCursor;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Read-only transactions run on the replica and read-write ones on the primary, as the
 * servers themselves report; nothing takes a writer connection before the read-only flag
 * is known.
 */
@RoutingIntegrationTest
class ReadWriteRoutingIT {

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
	@Qualifier("readerDataSource")
	HikariDataSource readerPool;

	@Autowired
	BoardService board;

	@Autowired
	MemberService members;

	Routing routing;

	@BeforeEach
	void replicaInUse() {
		this.routing = new Routing(this.transactions, this.dataSource, this.meters, this.replicaStatus);
		this.routing.awaitReplicaUsable();
	}

	@Test
	void readOnlyTransactionRunsOnTheReplicaAndReadWriteOnThePrimary() {
		assertThat(this.routing.readOnlyTransactionServer())
			.isEqualTo(new Routing.Server(Routing.REPLICA_SERVER_ID, true));
		assertThat(this.routing.readWriteTransactionServer())
			.isEqualTo(new Routing.Server(Routing.PRIMARY_SERVER_ID, false));
	}

	@Test
	void pageReadIsCountedOnTheReplica() {
		double replicaBefore = this.routing.reads(ReadTarget.REPLICA);
		double fallbackBefore = this.routing.reads(ReadTarget.PRIMARY_FALLBACK);

		var page = new SiteClient("http://localhost:" + this.port).get("/board");

		assertThat(page.status()).isEqualTo(200);
		assertThat(this.routing.reads(ReadTarget.REPLICA)).isGreaterThan(replicaBefore);
		assertThat(this.routing.reads(ReadTarget.PRIMARY_FALLBACK)).isEqualTo(fallbackBefore);
	}

	@Test
	void homePageReadsAllItsBlocksInOneReadOnlyTransaction() {
		double replicaBefore = this.routing.reads(ReadTarget.REPLICA);

		var page = new SiteClient("http://localhost:" + this.port).get("/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(this.routing.reads(ReadTarget.REPLICA) - replicaBefore).isEqualTo(1);
	}

	@Test
	void readSpillsOverToThePrimaryWhileEveryReaderConnectionIsBusyWithoutOpeningTheCircuit() throws SQLException {
		try (var busy = new BusyReaderPool(this.readerPool)) {
			double overflowBefore = this.routing.reads(ReadTarget.PRIMARY_OVERFLOW);
			double fallbackBefore = this.routing.reads(ReadTarget.PRIMARY_FALLBACK);

			assertThat(this.routing.readOnlyTransactionServer().id()).isEqualTo(Routing.PRIMARY_SERVER_ID);

			assertThat(this.routing.reads(ReadTarget.PRIMARY_OVERFLOW)).isEqualTo(overflowBefore + 1);
			assertThat(this.routing.reads(ReadTarget.PRIMARY_FALLBACK)).isEqualTo(fallbackBefore);
			assertThat(this.replicaStatus.isReachable()).as("replica still reachable").isTrue();
		}
		assertThat(this.routing.readOnlyTransactionServer().id()).isEqualTo(Routing.REPLICA_SERVER_ID);
	}

	@Test
	void readWaitsForABusyReaderPoolRatherThanSpillingOverAtOnce() throws Exception {
		var releaser = Executors.newSingleThreadExecutor();
		try (var busy = new BusyReaderPool(this.readerPool)) {
			double overflowBefore = this.routing.reads(ReadTarget.PRIMARY_OVERFLOW);
			double poolTimeoutsBefore = readerPoolTimeouts();
			// A connection comes free only once the read has seen the pool time out.
			releaser.submit(() -> {
				await("a reader pool timeout").atMost(Duration.ofSeconds(5))
					.until(() -> readerPoolTimeouts() > poolTimeoutsBefore);
				busy.releaseOne();
				return null;
			});

			assertThat(this.routing.readOnlyTransactionServer().id()).isEqualTo(Routing.REPLICA_SERVER_ID);
			assertThat(this.routing.reads(ReadTarget.PRIMARY_OVERFLOW)).isEqualTo(overflowBefore);
		}
		finally {
			releaser.shutdown();
			releaser.awaitTermination(5, TimeUnit.SECONDS);
		}
	}

	@Test
	void readOnlyServiceCallTakesNoConnectionFromTheWriterPool() {
		var author = Members.signUp(this.members, "ro-guard");
		double replicaBefore = this.routing.reads(ReadTarget.REPLICA);
		WriterAcquisitions.reset();

		this.board.list(PageCursor.page(0));
		this.board.latest(5);
		this.members.profile(author.id());

		assertThat(WriterAcquisitions.onThisThread()).as("writer connections for read-only calls").isZero();
		assertThat(this.routing.reads(ReadTarget.REPLICA) - replicaBefore).isEqualTo(3);

		this.board.write(author.id(), new PostCommand("guard", "the counter sees writer connections"));
		assertThat(WriterAcquisitions.onThisThread()).as("writer connections for a write").isEqualTo(1);
	}

	private double readerPoolTimeouts() {
		var timeouts = this.meters.find("hikaricp.connections.timeout").tag("pool", "reader").counter();
		return (timeouts != null) ? timeouts.count() : 0;
	}

	/** Holds every connection of the reader pool until closed. */
	private static final class BusyReaderPool implements AutoCloseable {

		private final List<Connection> held = new ArrayList<>();

		BusyReaderPool(HikariDataSource pool) throws SQLException {
			while (this.held.size() < pool.getMaximumPoolSize()) {
				this.held.add(pool.getConnection());
			}
		}

		synchronized void releaseOne() throws SQLException {
			this.held.removeLast().close();
		}

		@Override
		public synchronized void close() throws SQLException {
			for (var connection : this.held) {
				connection.close();
			}
			this.held.clear();
		}

	}

}
