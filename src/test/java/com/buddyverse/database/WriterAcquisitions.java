package com.buddyverse.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts connections handed out by the writer pool to the current thread, whatever path
 * asked for them (the lazy proxy, the replica-aware fallback, anything else), through the
 * pool's own metrics hook.
 */
@TestConfiguration(proxyBeanMethods = false)
class WriterAcquisitions {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	static void reset() {
		COUNT.get()[0] = 0;
	}

	static long onThisThread() {
		return COUNT.get()[0];
	}

	@Bean
	static BeanPostProcessor countWriterAcquisitions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && "writerDataSource".equals(beanName)) {
					pool.setMetricsTrackerFactory((poolName, stats) -> new IMetricsTracker() {
						@Override
						public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
							COUNT.get()[0]++;
						}
					});
				}
				return bean;
			}
		};
	}

}
