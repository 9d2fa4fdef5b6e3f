package com.buddyverse.member.domain;

import java.time.Clock;

import com.buddyverse.common.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MemberService {

	private final MemberRepository members;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	MemberService(MemberRepository members, PasswordEncoder passwordEncoder, Clock clock) {
		this.members = members;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public MemberProfile signUp(SignUpCommand command) {
		if (this.members.existsByUsername(command.username())) {
			throw new DuplicateAccountException("username");
		}
		if (this.members.existsByEmail(command.email())) {
			throw new DuplicateAccountException("email");
		}
		var member = new Member(command.username(), command.email(), command.displayName(),
				this.passwordEncoder.encode(command.rawPassword()), this.clock.instant());
		try {
			return MemberProfile.of(this.members.saveAndFlush(member));
		}
		catch (DataIntegrityViolationException ex) {
			// Two sign-ups raced past the checks above; the unique keys decided.
			throw new DuplicateAccountException(
					String.valueOf(ex.getMessage()).contains("uk_member_email") ? "email" : "username");
		}
	}

	@Transactional(readOnly = true)
	public MemberProfile profile(long memberId) {
		return this.members.findById(memberId).map(MemberProfile::of).orElseThrow(() -> notFound(memberId));
	}

	@Transactional
	public void changeDisplayName(long memberId, String displayName) {
		member(memberId).rename(displayName);
	}

	@Transactional
	public void changePassword(long memberId, String currentPassword, String newPassword) {
		var member = member(memberId);
		if (!this.passwordEncoder.matches(currentPassword, member.getPasswordHash())) {
			throw new WrongPasswordException();
		}
		member.changePasswordHash(this.passwordEncoder.encode(newPassword));
	}

	private Member member(long memberId) {
		return this.members.findById(memberId).orElseThrow(() -> notFound(memberId));
	}

	private static NotFoundException notFound(long memberId) {
		return new NotFoundException("member", memberId);
	}

}
