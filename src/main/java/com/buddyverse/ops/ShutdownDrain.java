package com.buddyverse.ops;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM Boot turns readiness to refusing (health answers 503) and then stops the web
 * server gracefully, which closes the listening socket at once. A load balancer that has
 * not yet seen the 503 would then meet refused connections; this keeps serving for
 * {@code buddy.shutdown.drain-delay} first. It stops before the web server (the highest
 * phase stops first). On AWS the Auto Scaling group deregisters the instance before the
 * signal, so the default is no delay; a plain {@code systemctl stop} benefits from one.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final Duration drainDelay;

	private volatile boolean running;

	ShutdownDrain(@Value("${buddy.shutdown.drain-delay:0s}") Duration drainDelay) {
		this.drainDelay = drainDelay;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		stop(() -> {
		});
	}

	@Override
	public void stop(Runnable callback) {
		this.running = false;
		if (this.drainDelay.isZero() || this.drainDelay.isNegative()) {
			callback.run();
			return;
		}
		log.info("Shutting down: answering health with 503 and serving for {} before closing the port",
				this.drainDelay);
		Thread.ofVirtual().name("shutdown-drain").start(() -> {
			try {
				Thread.sleep(this.drainDelay);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				callback.run();
			}
		});
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
