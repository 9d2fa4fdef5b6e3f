package com.buddyverse.database;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code buddy.db.reads}: read-only transactions by where they ran. Counted from the
 * start of the JVM, before any registry exists, so the pool's first reads are not lost;
 * the tag set is fixed, which keeps CloudWatch's metric count bounded.
 */
class ReadRoutingMetrics implements MeterBinder {

	static final String READS = "buddy.db.reads";

	private final Map<ReadTarget, LongAdder> counts = new EnumMap<>(ReadTarget.class);

	ReadRoutingMetrics() {
		for (var target : ReadTarget.values()) {
			this.counts.put(target, new LongAdder());
		}
	}

	void count(ReadTarget target) {
		this.counts.get(target).increment();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.counts.forEach((target, count) -> FunctionCounter.builder(READS, count, LongAdder::sum)
			.description("Read-only transactions by the database they ran on and why")
			.tag("target", target.tag())
			.register(registry));
	}

}
