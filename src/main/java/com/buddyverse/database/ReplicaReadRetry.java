package com.buddyverse.database;

import java.sql.SQLException;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When the replica dies under a read (its connection breaks mid-query), that read runs
 * once more: by then the circuit is open and the second attempt goes to the primary, so
 * the member sees the page instead of an error. Only outermost read-only transactions are
 * retried: they change nothing, so running one twice is safe, and the retry gets a
 * transaction of its own.
 */
@Aspect
@Component
// Outside the transaction advisor (lowest precedence), inside Spring's
// ExposeInvocationInterceptor.
@Order(0)
class ReplicaReadRetry {

	private static final Logger log = LoggerFactory.getLogger(ReplicaReadRetry.class);

	private final ReplicaStatus status;

	ReplicaReadRetry(ReplicaStatus status) {
		this.status = status;
	}

	@Around("@annotation(transactional) && within(com.buddyverse..*)")
	Object readAgainOnThePrimary(ProceedingJoinPoint call, Transactional transactional) throws Throwable {
		if (!transactional.readOnly() || TransactionSynchronizationManager.isActualTransactionActive()) {
			return call.proceed();
		}
		boolean replicaInUse = this.status.circuit().isClosed();
		try {
			return call.proceed();
		}
		catch (DataAccessException ex) {
			// The reader pool opens the circuit when one of its connections breaks; an
			// open
			// circuit now, closed before, says it was the replica that failed this read.
			if (!replicaInUse || this.status.circuit().isClosed() || !brokenConnection(ex)) {
				throw ex;
			}
			log.warn("A read lost its database connection; reading again: {}", call.getSignature().toShortString());
			return call.proceed();
		}
	}

	private static boolean brokenConnection(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && ReplicaCircuit.isConnectionError(sql)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
