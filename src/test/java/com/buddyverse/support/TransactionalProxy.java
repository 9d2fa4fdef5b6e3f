package com.buddyverse.support;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Wraps a service built by hand (say with a clock the test controls) in the same
 * {@code @Transactional} handling the application context gives its beans, so reads still
 * go through read-only transactions and writes through read-write ones.
 */
public final class TransactionalProxy {

	private TransactionalProxy() {
	}

	@SuppressWarnings("unchecked")
	public static <T> T of(T target, PlatformTransactionManager transactions) {
		var factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		factory.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
		return (T) factory.getProxy();
	}

}
