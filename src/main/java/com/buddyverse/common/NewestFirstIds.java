package com.buddyverse.common;

import java.util.List;

/**
 * The four reads of a list's ids that {@link KeysetPage} needs, each a walk along the
 * primary key. A repository implements them with {@code @Query} methods of these names.
 */
public interface NewestFirstIds {

	/** Ids newest first, skipping {@code offset} of them. */
	List<Long> findNewestIds(long offset, int limit);

	/** Ids oldest first, skipping {@code offset} of them. */
	List<Long> findOldestIds(long offset, int limit);

	/** The newest ids below {@code id}, newest first. */
	List<Long> findIdsOlderThan(long id, int limit);

	/** The oldest ids above {@code id}, oldest first. */
	List<Long> findIdsNewerThan(long id, int limit);

}
