package com.buddyverse.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Runs actions on their own threads, released together by a barrier, and rethrows the
 * first failure: the closest a test gets to requests arriving at the same moment.
 */
public final class Simultaneously {

	private Simultaneously() {
	}

	public static void run(int count, IntConsumer action) throws Exception {
		var barrier = new CyclicBarrier(count);
		try (var threads = Executors.newFixedThreadPool(count)) {
			var futures = new ArrayList<Future<?>>();
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(threads.submit(() -> {
					barrier.await(30, TimeUnit.SECONDS);
					action.accept(index);
					return null;
				}));
			}
			for (var future : List.copyOf(futures)) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
	}

}
