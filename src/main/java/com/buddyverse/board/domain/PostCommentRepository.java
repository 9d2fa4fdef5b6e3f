package com.buddyverse.board.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostCommentRepository extends JpaRepository<PostComment, Long> {

	@Query("select new com.buddyverse.board.domain.CommentView(c.id, c.authorId, m.displayName, c.content, c.createdAt) "
			+ "from PostComment c join Member m on m.id = c.authorId where c.postId = :postId order by c.id")
	List<CommentView> findViews(long postId);

}
