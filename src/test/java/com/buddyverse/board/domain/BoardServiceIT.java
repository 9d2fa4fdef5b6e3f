package com.buddyverse.board.domain;

import java.time.Clock;

import com.buddyverse.common.ForbiddenException;
import com.buddyverse.common.NotFoundException;
import com.buddyverse.common.PageCursor;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import com.buddyverse.support.PageWalks;
import com.buddyverse.support.Simultaneously;
import com.buddyverse.support.TransactionalProxy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ActiveProfiles("test")
class BoardServiceIT {

	@Autowired
	BoardService board;

	@Autowired
	MemberService members;

	@Autowired
	PostRepository posts;

	@Autowired
	PostCommentRepository comments;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Test
	void listShowsNewestFirstWithAuthorNameAndCommentCount() {
		var author = Members.signUp(this.members, "list");
		var reader = Members.signUp(this.members, "reader");
		long older = this.board.write(author.id(), new PostCommand("먼저 쓴 글", "본문"));
		long newer = this.board.write(author.id(), new PostCommand("나중에 쓴 글 ✨", "본문"));
		this.board.comment(newer, reader.id(), "좋아요");
		this.board.comment(newer, author.id(), "감사합니다");
		EmbeddedDatabase.awaitReplication();

		var firstPage = this.board.list(PageCursor.page(0)).getContent();
		assertThat(firstPage).extracting(PostSummary::id).containsSubsequence(newer, older);
		var summary = firstPage.stream().filter((post) -> post.id() == newer).findFirst().orElseThrow();
		assertThat(summary.authorName()).isEqualTo("list님");
		assertThat(summary.commentCount()).isEqualTo(2);
		assertThat(this.board.list(PageCursor.page(0)).getSize()).isEqualTo(BoardService.PAGE_SIZE);
	}

	@Test
	void pagesFollowEachOtherNewestFirstWithoutGapsOrRepeats() {
		var author = Members.signUp(this.members, "pages");
		for (int i = 0; i < BoardService.PAGE_SIZE + 5; i++) {
			this.board.write(author.id(), new PostCommand("쪽 나누기 " + i, "본문"));
		}
		EmbeddedDatabase.awaitReplication();

		var first = this.board.list(PageCursor.page(0));
		var second = this.board.list(PageCursor.page(1));
		assertThat(first.getContent()).hasSize(BoardService.PAGE_SIZE);
		assertThat(first.getContent()).extracting(PostSummary::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(second.getContent().getFirst().id()).isLessThan(first.getContent().getLast().id());
		assertThat(first.getTotalElements()).isGreaterThanOrEqualTo(BoardService.PAGE_SIZE + 5);
		assertThat(this.board.latest(3)).isEqualTo(first.getContent().subList(0, 3));
	}

	@Test
	void aPostWrittenOrDeletedHereChangesThePagerTotalAtOnce() {
		var author = Members.signUp(this.members, "total");
		long before = this.board.list(PageCursor.page(0)).getTotalElements();
		long post = this.board.write(author.id(), new PostCommand("하나 더", "본문"));
		EmbeddedDatabase.awaitReplication();
		assertThat(this.board.list(PageCursor.page(0)).getTotalElements()).isEqualTo(before + 1);

		this.board.delete(post, author.id());
		EmbeddedDatabase.awaitReplication();
		assertThat(this.board.list(PageCursor.page(0)).getTotalElements()).isEqualTo(before);
	}

	@Test
	void aPageBeyondTheLastShowsTheLast() {
		var author = Members.signUp(this.members, "beyond");
		this.board.write(author.id(), new PostCommand("끝", "본문"));
		EmbeddedDatabase.awaitReplication();
		long oldest = this.posts.findOldestIds(0, 1).getFirst();
		var board = freshlyCounted();
		var total = board.list(PageCursor.page(0)).getTotalElements();

		var beyond = board.list(PageCursor.page((int) (total / BoardService.PAGE_SIZE) + 3));
		assertThat(beyond.isLast()).isTrue();
		assertThat(beyond.getContent()).last().extracting(PostSummary::id).isEqualTo(oldest);
		assertThat(beyond.getTotalElements()).isEqualTo(total);
	}

	@Test
	void keysetAndBackHalfPagesHoldExactlyTheRowsOfOffsetPages() {
		var author = Members.signUp(this.members, "walk");
		long existing = this.posts.count();
		// A few hundred posts, ending on a partial last page of 7.
		long toWrite = 300 + Math.floorMod(7 - (existing + 300), BoardService.PAGE_SIZE);
		for (int i = 0; i < toWrite; i++) {
			this.board.write(author.id(), new PostCommand("걷기 " + i, "본문"));
		}
		EmbeddedDatabase.awaitReplication();
		var newestFirst = this.posts.findNewestIds(0, Integer.MAX_VALUE);
		assertThat(newestFirst.size() % BoardService.PAGE_SIZE).isEqualTo(7);

		PageWalks.assertEveryWayMatchesOffsets(freshlyCounted()::list, PostSummary::id, newestFirst,
				BoardService.PAGE_SIZE);
	}

	@Test
	void emptyOnePageExactlyTwentyAndTwentyOnePosts() {
		var author = Members.signUp(this.members, "edges");
		// Inside one transaction that is rolled back: the other tests' posts are gone
		// meanwhile, so the list holds exactly the posts written here.
		new TransactionTemplate(this.transactions).executeWithoutResult((transaction) -> {
			this.posts.deleteAllInBatch();
			int written = 0;
			for (int size : new int[] { 0, 1, 20, 21 }) {
				for (; written < size; written++) {
					this.posts.save(new Post(author.id(), "가장자리 " + written, "본문", this.clock.instant()));
				}
				var newestFirst = this.posts.findNewestIds(0, Integer.MAX_VALUE);
				assertThat(newestFirst).hasSize(size);
				PageWalks.assertEveryWayMatchesOffsets(freshlyCounted()::list, PostSummary::id, newestFirst,
						BoardService.PAGE_SIZE);
			}
			transaction.setRollbackOnly();
		});
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

	/**
	 * The service as the context builds it, but with a count of its own: the context's
	 * kept count may be a few seconds behind posts other test contexts wrote.
	 */
	private BoardService freshlyCounted() {
		return TransactionalProxy.of(
				new BoardService(this.posts, this.comments, new PostCount(this.posts, this.clock), this.clock),
				this.transactions);
	}

}
