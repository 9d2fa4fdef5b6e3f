package com.buddyverse.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import com.buddyverse.support.SiteClient;

/**
 * Steady page traffic through the load balancer while a scenario breaks something: each
 * client requests its pages in turn, a few per second, and every answer is recorded.
 * Bounded in time whatever happens, so a stuck scenario cannot hang the build.
 */
final class Traffic implements AutoCloseable {

	/**
	 * One request: when it finished, its status (0 when it failed outright) and who
	 * served it.
	 */
	record Outcome(String path, int status, String servedBy, String error) {
	}

	/**
	 * A client and the pages it keeps requesting, each with text its page must contain
	 * for the request to count as served (a logged-out member's profile is a redirect,
	 * not a page).
	 */
	record Visitor(SiteClient client, Map<String, String> pages) {
	}

	/** Pages anyone can read, with text every one of them shows. */
	static Map<String, String> publicPages() {
		return Map.of("/", "BOARD", "/board", "BOARD", "/review", "REVIEW");
	}

	/** A logged-in member's pages: their profile must still show them. */
	static Map<String, String> memberPages(String username) {
		return Map.of("/me", username, "/board", "LOGOUT", "/", "LOGOUT");
	}

	/** Pause between one client's requests: steady, not a flood on a 2-core machine. */
	private static final Duration PACE = Duration.ofMillis(100);

	private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final List<Thread> threads = new ArrayList<>();

	private final long deadline;

	private Traffic(Duration limit) {
		this.deadline = System.nanoTime() + limit.toNanos();
	}

	/** Starts one thread per visitor, for at most {@code limit}. */
	static Traffic start(Duration limit, Visitor... visitors) {
		var traffic = new Traffic(limit);
		for (var visitor : visitors) {
			var paths = List.copyOf(visitor.pages().keySet());
			traffic.threads.add(Thread.ofPlatform().name("traffic").daemon().start(() -> {
				for (int i = 0; traffic.running.get() && System.nanoTime() < traffic.deadline; i++) {
					String path = paths.get(i % paths.size());
					traffic.outcomes.add(request(visitor.client(), path, visitor.pages().get(path)));
					LockSupport.parkNanos(PACE.toNanos());
				}
			}));
		}
		return traffic;
	}

	private static Outcome request(SiteClient client, String path, String expectedText) {
		try {
			var page = client.get(path);
			boolean served = page.status() == 200 && page.body().contains(expectedText);
			return new Outcome(path, served ? 200 : page.status(), page.header("x-served-by"), served ? null : "status "
					+ page.status() + (page.status() == 200 ? " without " + expectedText : "") + " " + page.location());
		}
		catch (RuntimeException ex) {
			return new Outcome(path, 0, "", ex.toString());
		}
	}

	/** How many requests have finished so far: a mark to count from. */
	int count() {
		return this.outcomes.size();
	}

	/** Waits until {@code more} requests have finished after {@code mark}. */
	void awaitRequestsAfter(int mark, int more, Duration timeout) {
		LocalCluster.awaitTrue(() -> count() >= mark + more || !isRunning(), timeout, () -> "only " + (count() - mark)
				+ " of " + more + " requests within " + timeout + "; failures: " + failuresAfter(0));
		if (count() < mark + more) {
			throw new AssertionError("traffic ended after " + (count() - mark) + " of " + more + " requests");
		}
	}

	private boolean isRunning() {
		return this.threads.stream().anyMatch(Thread::isAlive);
	}

	List<Outcome> outcomes() {
		synchronized (this.outcomes) {
			return List.copyOf(this.outcomes);
		}
	}

	List<Outcome> failuresAfter(int mark) {
		var all = outcomes();
		return all.subList(Math.min(mark, all.size()), all.size()).stream().filter((o) -> o.status() != 200).toList();
	}

	/** Requests per instance, for messages and spread checks. */
	Map<String, Long> servedBy() {
		return outcomes().stream().collect(Collectors.groupingBy(Outcome::servedBy, Collectors.counting()));
	}

	@Override
	public void close() {
		this.running.set(false);
		for (var thread : this.threads) {
			try {
				thread.join(Duration.ofSeconds(40));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
