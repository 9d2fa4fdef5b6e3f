package com.buddyverse.ops;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session that add the same attribute at once: each loaded the
 * session before the other saved, so both save it as new. Both must succeed.
 */
@SpringBootTest
@ActiveProfiles("test")
class SessionStoreIT {

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSave() {
		assertThat(lastWriteAfterTwoRacingRequests(this.sessions)).isEqualTo("second");
	}

	private static <S extends Session> String lastWriteAfterTwoRacingRequests(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		sessions.save(session);
		S firstRequest = sessions.findById(session.getId());
		S secondRequest = sessions.findById(session.getId());

		firstRequest.setAttribute("buddy.lastWrite", "first");
		secondRequest.setAttribute("buddy.lastWrite", "second");
		sessions.save(firstRequest);
		sessions.save(secondRequest);

		return sessions.findById(session.getId()).getAttribute("buddy.lastWrite");
	}

}
