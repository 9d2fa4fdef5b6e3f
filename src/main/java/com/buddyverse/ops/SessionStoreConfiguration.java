package com.buddyverse.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Session attributes are written with MySQL's upsert. Two requests of one session that
 * both add the same attribute (a member's two tabs, or a write's read-your-writes stamp
 * while another request is in flight) otherwise both INSERT it, and the second fails with
 * a duplicate key and an error page (spring-session #1213); the benchmark's mix hit it.
 * Works on MySQL 8.4 (RDS) and MariaDB alike.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	MySqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new MySqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
