package com.buddyverse.common;

/**
 * Page numbers as members see them (from 1) turned into what repositories take (from 0).
 */
public final class Paging {

	/** Far beyond any real list; keeps offsets well inside what the database handles. */
	static final int MAX_PAGE = 1_000_000;

	private Paging() {
	}

	public static int zeroBased(int pageFromOne) {
		return Math.clamp(pageFromOne, 1, MAX_PAGE) - 1;
	}

}
