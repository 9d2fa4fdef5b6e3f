package com.buddyverse.support;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.LongStream;

import com.buddyverse.common.NewestFirstIds;

/**
 * A list's ids in memory, answering the reads a repository would, and remembering how far
 * each read walked, so tests can check what a page costs.
 */
public final class InMemoryIds implements NewestFirstIds {

	private final TreeSet<Long> ids = new TreeSet<>();

	private final List<Read> reads = new ArrayList<>();

	/** The ids 1 to {@code count}. */
	public static InMemoryIds upTo(long count) {
		var list = new InMemoryIds();
		LongStream.rangeClosed(1, count).forEach(list.ids::add);
		return list;
	}

	public void delete(long id) {
		this.ids.remove(id);
	}

	public void add(long id) {
		this.ids.add(id);
	}

	/** Every id, newest first. */
	public List<Long> newestFirst() {
		return List.copyOf(this.ids.descendingSet());
	}

	/** The reads since the last call, and forgets them. */
	public List<Read> takeReads() {
		var taken = List.copyOf(this.reads);
		this.reads.clear();
		return taken;
	}

	@Override
	public List<Long> findNewestIds(long offset, int limit) {
		return walk("newest", offset, this.ids.descendingSet().stream().skip(offset).limit(limit).toList());
	}

	@Override
	public List<Long> findOldestIds(long offset, int limit) {
		return walk("oldest", offset, this.ids.stream().skip(offset).limit(limit).toList());
	}

	@Override
	public List<Long> findIdsOlderThan(long id, int limit) {
		return walk("olderThan", 0, this.ids.headSet(id, false).descendingSet().stream().limit(limit).toList());
	}

	@Override
	public List<Long> findIdsNewerThan(long id, int limit) {
		return walk("newerThan", 0, this.ids.tailSet(id, false).stream().limit(limit).toList());
	}

	private List<Long> walk(String kind, long skipped, List<Long> found) {
		this.reads.add(new Read(kind, skipped));
		return found;
	}

	/** One read: which one, and how many ids it skipped before those it returned. */
	public record Read(String kind, long skipped) {
	}

}
