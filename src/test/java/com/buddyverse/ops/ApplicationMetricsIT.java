package com.buddyverse.ops;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.board.domain.PostCommand;
import com.buddyverse.member.domain.DuplicateAccountException;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.member.domain.SignUpCommand;
import com.buddyverse.support.Members;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The application counters count what the real services did, and only what succeeded. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationMetricsIT {

	@Autowired
	MeterRegistry meters;

	@Autowired
	MemberService members;

	@Autowired
	BoardService board;

	@Test
	void signUpsAndPostsAreCountedAndARefusedSignUpIsNot() {
		double signUps = count("buddy.members.signups");
		double posts = count("buddy.board.posts");

		var author = Members.signUp(this.members, "metrics");
		this.board.write(author.id(), new PostCommand("측정 📈", "카운터가 올라가요"));
		assertThatExceptionOfType(DuplicateAccountException.class).isThrownBy(() -> this.members
			.signUp(new SignUpCommand(author.getUsername(), "other@test.buddyverse.link", "중복", Members.PASSWORD)));

		assertThat(count("buddy.members.signups")).isEqualTo(signUps + 1);
		assertThat(count("buddy.board.posts")).isEqualTo(posts + 1);
	}

	private double count(String name) {
		return this.meters.get(name).counter().count();
	}

}
