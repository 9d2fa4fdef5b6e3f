package com.buddyverse.board.domain;

import java.time.Clock;
import java.util.List;

import com.buddyverse.common.ForbiddenException;
import com.buddyverse.common.KeysetPage;
import com.buddyverse.common.NotFoundException;
import com.buddyverse.common.PageCursor;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class BoardService {

	public static final int PAGE_SIZE = 20;

	private final PostRepository posts;

	private final PostCommentRepository comments;

	private final PostCount postCount;

	private final Clock clock;

	BoardService(PostRepository posts, PostCommentRepository comments, PostCount postCount, Clock clock) {
		this.posts = posts;
		this.comments = comments;
		this.postCount = postCount;
		this.clock = clock;
	}

	/**
	 * One page of posts, newest first: its ids, then their rows. Two statements; the
	 * total comes from {@link PostCount}.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<PostSummary> list(PageCursor cursor) {
		return KeysetPage.read(cursor, this.postCount.get(), PAGE_SIZE, this.posts, this::summaries);
	}

	@Transactional(readOnly = true)
	public List<PostSummary> latest(int count) {
		return summaries(this.posts.findNewestIds(0, count));
	}

	@Transactional(readOnly = true)
	public List<PostSummary> recentPostsBy(long authorId, int count) {
		return this.posts.findSummariesByAuthor(authorId, PageRequest.of(0, count));
	}

	@Transactional(readOnly = true)
	public PostDetails read(long postId) {
		var details = this.posts.findDetails(postId).orElseThrow(() -> notFound(postId));
		return details.withComments(this.comments.findViews(postId));
	}

	/** The post as its author may edit it; anyone else is refused. */
	@Transactional(readOnly = true)
	public PostCommand editable(long postId, long memberId) {
		var post = ownPost(postId, memberId);
		return new PostCommand(post.getTitle(), post.getContent());
	}

	@Transactional
	public long write(long authorId, PostCommand command) {
		long id = this.posts.save(new Post(authorId, command.title(), command.content(), this.clock.instant())).getId();
		this.postCount.adjust(1);
		return id;
	}

	@Transactional
	public void edit(long postId, long memberId, PostCommand command) {
		ownPost(postId, memberId).edit(command.title(), command.content(), this.clock.instant());
	}

	@Transactional
	public void delete(long postId, long memberId) {
		this.posts.delete(ownPost(postId, memberId));
		this.postCount.adjust(-1);
	}

	@Transactional
	public void comment(long postId, long authorId, String content) {
		if (!this.posts.existsById(postId)) {
			throw notFound(postId);
		}
		// Counter first: it locks the post row before the comment's foreign key takes a
		// shared lock on it, so two comments at once queue instead of deadlocking.
		this.posts.adjustCommentCount(postId, 1);
		this.comments.save(new PostComment(postId, authorId, content, this.clock.instant()));
	}

	@Transactional
	public void deleteComment(long postId, long commentId, long memberId) {
		var comment = this.comments.findById(commentId)
			.filter((found) -> found.getPostId() == postId)
			.orElseThrow(() -> new NotFoundException("comment", commentId));
		if (!comment.isWrittenBy(memberId)) {
			throw new ForbiddenException("comment " + commentId + " is not by member " + memberId);
		}
		this.comments.delete(comment);
		this.posts.adjustCommentCount(postId, -1);
	}

	private List<PostSummary> summaries(List<Long> ids) {
		return ids.isEmpty() ? List.of() : this.posts.findSummaries(ids);
	}

	private Post ownPost(long postId, long memberId) {
		var post = this.posts.findById(postId).orElseThrow(() -> notFound(postId));
		if (!post.isWrittenBy(memberId)) {
			throw new ForbiddenException("post " + postId + " is not by member " + memberId);
		}
		return post;
	}

	private static NotFoundException notFound(long postId) {
		return new NotFoundException("post", postId);
	}

}
