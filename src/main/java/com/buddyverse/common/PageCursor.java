package com.buddyverse.common;

/**
 * Which page of a newest-first list to show: its number (from 0, as in Spring Data) and,
 * when the member came by the pager's next or previous link, the id just outside it.
 * {@code after}: the page holds the rows older than that id (a next link carries the last
 * id shown); {@code before}: the rows newer than it (a previous link carries the first).
 *
 * @param number the page number, from 0
 * @param after null, or the id the page's rows are older than
 * @param before null, or the id the page's rows are newer than
 */
public record PageCursor(int number, Long after, Long before) {

	/**
	 * The cursor of a list URL. Boundary ids the pager never writes (zero or negative, or
	 * both at once) are ignored, so such a URL shows the page its number names.
	 */
	public static PageCursor of(int pageFromOne, Long after, Long before) {
		int number = Paging.zeroBased(pageFromOne);
		if (after != null && before != null) {
			return new PageCursor(number, null, null);
		}
		return new PageCursor(number, positiveOrNull(after), positiveOrNull(before));
	}

	/** Page {@code number} (from 0) by its number alone. */
	public static PageCursor page(int number) {
		return new PageCursor(number, null, null);
	}

	private static Long positiveOrNull(Long id) {
		return (id != null && id > 0) ? id : null;
	}

}
