package com.buddyverse.database;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.board.domain.PostCommand;
import com.buddyverse.common.PageCursor;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.support.Members;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mysql.MySQLContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same persistence on MySQL 8.4, the engine RDS runs: Flyway's scripts, the schema
 * Hibernate validates, Korean and emoji text. Needs Docker; skipped cleanly without it
 * (the embedded MariaDB tests cover the same code everywhere else).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@ActiveProfiles("test")
class MySqlContainerPersistenceIT {

	@Container
	static final MySQLContainer mysql = new MySQLContainer("mysql:8.4").withDatabaseName("buddyverse")
		.withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("buddy.datasource.writer.url", mysql::getJdbcUrl);
		registry.add("buddy.datasource.reader.url", mysql::getJdbcUrl);
		registry.add("buddy.datasource.username", mysql::getUsername);
		registry.add("buddy.datasource.password", mysql::getPassword);
	}

	@Autowired
	MemberService members;

	@Autowired
	BoardService board;

	@Test
	void schemaMigratesAndKoreanPostsRoundTripOnMySql() {
		var author = Members.signUp(this.members, "mysql");
		long id = this.board.write(author.id(), new PostCommand("MySQL 8.4에서도 잘 돼요 🐬", "본문 ✅"));
		var post = this.board.read(id);
		assertThat(post.title()).isEqualTo("MySQL 8.4에서도 잘 돼요 🐬");
		assertThat(post.authorName()).isEqualTo("mysql님");
		assertThat(this.board.list(PageCursor.page(0)).getContent()).extracting((summary) -> summary.id()).contains(id);
	}

}
