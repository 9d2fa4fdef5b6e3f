package com.buddyverse.support;

import com.buddyverse.common.KeysetPage;
import com.buddyverse.common.PageCursor;

/**
 * What the keyset pager's links ask for (fragments/forms.html :: keysetPager), as the
 * controllers turn them into cursors: tests walk a list the way a member clicking through
 * it does.
 */
public final class PagerLinks {

	private PagerLinks() {
	}

	/** {@code ?page=N+1&after=<last id shown>}, or the last page by its number. */
	public static PageCursor next(KeysetPage<?> page) {
		int target = page.getNumber() + 2;
		return PageCursor.of(target, (target < page.getTotalPages()) ? page.getLastId() : null, null);
	}

	/** {@code ?page=N-1&before=<first id shown>}, or page 1 by its number. */
	public static PageCursor previous(KeysetPage<?> page) {
		int target = page.getNumber();
		return PageCursor.of(target, null, (target > 1) ? page.getFirstId() : null);
	}

	/** {@code ?page=<last>}. */
	public static PageCursor last(KeysetPage<?> page) {
		return PageCursor.of(page.getTotalPages(), null, null);
	}

}
