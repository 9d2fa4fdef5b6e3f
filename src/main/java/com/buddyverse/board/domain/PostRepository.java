package com.buddyverse.board.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.buddyverse.common.NewestFirstIds;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PostRepository extends JpaRepository<Post, Long>, NewestFirstIds {

	String SUMMARY = "select new com.buddyverse.board.domain.PostSummary(p.id, p.title, m.displayName, p.createdAt, "
			+ "p.commentCount) from Post p join Member m on m.id = p.authorId ";

	/*
	 * A page's ids come from the post table alone, walking its primary key: joined to
	 * member in the same statement, MariaDB drove the join from member and sorted every
	 * post for every page (10 s for page 1 at 200k posts). Which of these a page uses:
	 * KeysetPage.
	 */

	@Override
	@Query("select p.id from Post p order by p.id desc limit :limit offset :offset")
	List<Long> findNewestIds(long offset, int limit);

	@Override
	@Query("select p.id from Post p order by p.id asc limit :limit offset :offset")
	List<Long> findOldestIds(long offset, int limit);

	@Override
	@Query("select p.id from Post p where p.id < :id order by p.id desc limit :limit")
	List<Long> findIdsOlderThan(long id, int limit);

	@Override
	@Query("select p.id from Post p where p.id > :id order by p.id asc limit :limit")
	List<Long> findIdsNewerThan(long id, int limit);

	@Query(SUMMARY + "where p.id in :ids order by p.id desc")
	List<PostSummary> findSummaries(Collection<Long> ids);

	@Query(SUMMARY + "where p.authorId = :authorId order by p.id desc")
	List<PostSummary> findSummariesByAuthor(long authorId, Pageable pageable);

	@Query("select new com.buddyverse.board.domain.PostDetails(p.id, p.authorId, m.displayName, p.title, p.content, "
			+ "p.createdAt, p.updatedAt) from Post p join Member m on m.id = p.authorId where p.id = :id")
	Optional<PostDetails> findDetails(long id);

	@Modifying
	@Query("update Post p set p.commentCount = p.commentCount + :delta where p.id = :postId")
	void adjustCommentCount(long postId, int delta);

}
