package com.buddyverse.member.domain;

import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ActiveProfiles("test")
class MemberServiceIT {

	@Autowired
	MemberService members;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void passwordsAreStoredAsAdaptiveHashesNeverInPlainText() {
		var member = Members.signUp(this.members, "hash");
		String stored = this.jdbc.queryForObject("select password_hash from member where id = ?", String.class,
				member.id());
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(Members.PASSWORD);
	}

	@Test
	void usernameAndEmailAreUniqueIgnoringCase() {
		var first = Members.signUp(this.members, "uniq");
		String username = first.getUsername();
		assertThatExceptionOfType(DuplicateAccountException.class)
			.isThrownBy(() -> this.members
				.signUp(new SignUpCommand(username, "other-" + username + "@example.com", "x", Members.PASSWORD)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("username"));
		assertThatExceptionOfType(DuplicateAccountException.class)
			.isThrownBy(() -> this.members.signUp(new SignUpCommand(Members.uniqueUsername("other"),
					(username + "@test.buddyverse.link").toUpperCase(), "x", Members.PASSWORD)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("email"));
	}

	@Test
	void koreanAndEmojiDisplayNamesRoundTrip() {
		var member = Members.signUp(this.members, "kor");
		this.members.changeDisplayName(member.id(), "김민지 🌸");
		EmbeddedDatabase.awaitReplication();
		assertThat(this.members.profile(member.id()).displayName()).isEqualTo("김민지 🌸");
	}

	@Test
	void passwordChangeNeedsTheCurrentPassword() {
		var member = Members.signUp(this.members, "pw");
		assertThatExceptionOfType(WrongPasswordException.class)
			.isThrownBy(() -> this.members.changePassword(member.id(), "not-the-password1", "new-password-9"));
		this.members.changePassword(member.id(), Members.PASSWORD, "new-password-9");
		var loaded = (MemberPrincipal) this.userDetails.loadUserByUsername(member.getUsername());
		assertThat(loaded.id()).isEqualTo(member.id());
		assertThat(loaded.getPassword()).startsWith("{bcrypt}");
	}

}
