package com.buddyverse.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * One page of a newest-first list, read so that the pages members reach by the pager cost
 * the same at any depth (an offset walks past every row it skips: page 50,000 of a
 * million posts walked a million index entries).
 * <ul>
 * <li>Next and previous links carry the id just outside the page ({@link PageCursor}):
 * {@code id < after} or {@code id > before}, 20 entries of the primary key from there.
 * <li>The last page, and any page typed into the back half of the list, are read from the
 * oldest end, so the last page costs what page 1 costs. The pager's first and last links
 * go by number for that reason, and so always show the true ends of the list.
 * <li>Only a page typed into the middle without a boundary id still walks an offset: half
 * the list at most.
 * </ul>
 * Boundary ids find their neighbours whatever was written or deleted since, so the number
 * shown on a page reached by links (the one the link carried) may be off by the rows
 * written or deleted meanwhile, as with any keyset pagination. A next link with nothing
 * beyond it, or a previous link with less than a page beyond it (rows deleted meanwhile,
 * or a hand-made link), falls back to the page's number (page 1 for the latter), which
 * costs one more statement.
 */
public final class KeysetPage<T> extends PageImpl<T> {

	private final Long firstId;

	private final Long lastId;

	private KeysetPage(List<T> content, int number, int size, long total, List<Long> ids) {
		super(content, PageRequest.of(number, size), total);
		this.firstId = ids.isEmpty() ? null : ids.getFirst();
		this.lastId = ids.isEmpty() ? null : ids.getLast();
	}

	/**
	 * Reads the page {@code cursor} names: its ids, then {@code rows} for them (two
	 * statements, but for the fallbacks above).
	 * @param cursor the page asked for
	 * @param total the number of rows as last counted (it may be a few seconds old)
	 * @param size rows per page
	 * @param ids the list's id reads
	 * @param rows the rows of the given ids, newest first
	 */
	public static <T> KeysetPage<T> read(PageCursor cursor, long total, int size, NewestFirstIds ids,
			Function<List<Long>, List<T>> rows) {
		var window = Window.of(cursor, Math.max(0, total), size, ids);
		var content = window.ids().isEmpty() ? List.<T>of() : rows.apply(window.ids());
		return new KeysetPage<>(content, window.number(), size, window.total(), window.ids());
	}

	/** The newest id on the page, which the previous link carries; null if empty. */
	public Long getFirstId() {
		return this.firstId;
	}

	/** The oldest id on the page, which the next link carries; null if empty. */
	public Long getLastId() {
		return this.lastId;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof KeysetPage<?> other && super.equals(other) && Objects.equals(this.firstId, other.firstId)
				&& Objects.equals(this.lastId, other.lastId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(super.hashCode(), this.firstId, this.lastId);
	}

	/** The ids of the page, newest first, its number and the total it implies. */
	private record Window(int number, long total, List<Long> ids) {

		static Window of(PageCursor cursor, long total, int size, NewestFirstIds reads) {
			int lastNumber = (int) Math.min(Integer.MAX_VALUE, (total > 0) ? (total - 1) / size : 0);
			int number = Math.min(cursor.number(), lastNumber);
			if (cursor.after() != null) {
				var ids = reads.findIdsOlderThan(cursor.after(), size);
				if (!ids.isEmpty()) {
					// Fewer than a page: the oldest end, whatever the count said.
					return new Window(number, (ids.size() < size) ? (long) number * size + ids.size() : total, ids);
				}
			}
			if (cursor.before() != null) {
				var ids = reads.findIdsNewerThan(cursor.before(), size);
				if (ids.size() == size) {
					return new Window(number, total, ids.reversed());
				}
				// Fewer than a page: the newest end, which page 1 shows in full.
				number = 0;
			}
			return byNumber(number, total, size, reads);
		}

		/**
		 * The page by its number, from whichever end is nearer: from the newest, page N
		 * skips (N - 1) * size ids; from the oldest, the rows after it. Only a page in
		 * the middle typed without a boundary id walks far (half the list at most).
		 */
		private static Window byNumber(int number, long total, int size, NewestFirstIds reads) {
			long newer = (long) number * size;
			long older = total - newer - size;
			if (number > 0 && older < newer) {
				var ids = reads.findOldestIds(Math.max(0, older), (int) Math.min(size, total - newer));
				return new Window(number, total, ids.reversed());
			}
			var ids = reads.findNewestIds(newer, size);
			return new Window(number, (ids.size() < size) ? newer + ids.size() : total, ids);
		}

	}

}
