package com.buddyverse.board.domain;

import com.buddyverse.common.ForbiddenException;
import com.buddyverse.common.NotFoundException;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import com.buddyverse.support.Simultaneously;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ActiveProfiles("test")
class BoardServiceIT {

	@Autowired
	BoardService board;

	@Autowired
	MemberService members;

	@Test
	void listShowsNewestFirstWithAuthorNameAndCommentCount() {
		var author = Members.signUp(this.members, "list");
		var reader = Members.signUp(this.members, "reader");
		long older = this.board.write(author.id(), new PostCommand("먼저 쓴 글", "본문"));
		long newer = this.board.write(author.id(), new PostCommand("나중에 쓴 글 ✨", "본문"));
		this.board.comment(newer, reader.id(), "좋아요");
		this.board.comment(newer, author.id(), "감사합니다");
		EmbeddedDatabase.awaitReplication();

		var firstPage = this.board.list(0).getContent();
		assertThat(firstPage).extracting(PostSummary::id).containsSubsequence(newer, older);
		var summary = firstPage.stream().filter((post) -> post.id() == newer).findFirst().orElseThrow();
		assertThat(summary.authorName()).isEqualTo("list님");
		assertThat(summary.commentCount()).isEqualTo(2);
		assertThat(this.board.list(0).getSize()).isEqualTo(BoardService.PAGE_SIZE);
	}

	@Test
	void commentsAreCountedUpAndDownAndGoWithTheirPost() {
		var author = Members.signUp(this.members, "cmt");
		long post = this.board.write(author.id(), new PostCommand("댓글 테스트", "본문"));
		this.board.comment(post, author.id(), "하나");
		EmbeddedDatabase.awaitReplication();
		long commentId = this.board.read(post).comments().getFirst().id();
		this.board.deleteComment(post, commentId, author.id());
		EmbeddedDatabase.awaitReplication();
		assertThat(this.board.read(post).comments()).isEmpty();
		assertThat(this.board.recentPostsBy(author.id(), 5).getFirst().commentCount()).isZero();

		this.board.comment(post, author.id(), "둘");
		this.board.delete(post, author.id());
		EmbeddedDatabase.awaitReplication();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.board.read(post));
	}

	@Test
	void simultaneousCommentsOnOnePostAllLandAndAreCounted() throws Exception {
		var author = Members.signUp(this.members, "busy");
		long post = this.board.write(author.id(), new PostCommand("인기 글", "본문"));
		Simultaneously.run(8, (i) -> this.board.comment(post, author.id(), "댓글 " + i));
		EmbeddedDatabase.awaitReplication();
		assertThat(this.board.read(post).comments()).hasSize(8);
		assertThat(this.board.recentPostsBy(author.id(), 1).getFirst().commentCount()).isEqualTo(8);
	}

	@Test
	void onlyTheAuthorMayChangeAPostOrComment() {
		var author = Members.signUp(this.members, "own");
		var stranger = Members.signUp(this.members, "str");
		long post = this.board.write(author.id(), new PostCommand("내 글", "본문"));
		this.board.comment(post, author.id(), "내 댓글");
		EmbeddedDatabase.awaitReplication();
		long commentId = this.board.read(post).comments().getFirst().id();

		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.board.edit(post, stranger.id(), new PostCommand("x", "y")));
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.board.delete(post, stranger.id()));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.board.deleteComment(post, commentId, stranger.id()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.board.deleteComment(post + 1_000_000, commentId, author.id()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.board.comment(Long.MAX_VALUE, author.id(), "없는 글"));
	}

}
