package com.buddyverse.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.buddyverse.common.KeysetPage;
import com.buddyverse.common.PageCursor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a newest-first list every way a member can reach its pages (typed numbers, next
 * links to the end, previous links back, the last-page link) and checks each page holds
 * exactly the rows an offset page would.
 */
public final class PageWalks {

	private PageWalks() {
	}

	public static <T> void assertEveryWayMatchesOffsets(Function<PageCursor, KeysetPage<T>> list,
			ToLongFunction<T> idOf, List<Long> newestFirst, int size) {
		var expected = chunks(newestFirst, size);
		int pages = expected.size();

		for (int number = 0; number < pages; number++) {
			var page = list.apply(PageCursor.page(number));
			assertThat(ids(page, idOf)).as("page %d typed", number + 1).isEqualTo(expected.get(number));
			assertThat(page.getNumber()).isEqualTo(number);
			assertThat(page.getTotalElements()).isEqualTo(newestFirst.size());
		}
		var beyond = list.apply(PageCursor.page(pages + 5));
		assertThat(ids(beyond, idOf)).as("a page beyond the last").isEqualTo(expected.getLast());

		var page = list.apply(PageCursor.page(0));
		var forward = new ArrayList<List<Long>>(List.of(ids(page, idOf)));
		while (page.hasNext()) {
			page = list.apply(PagerLinks.next(page));
			assertThat(page.getNumber()).as("number after next").isEqualTo(forward.size());
			forward.add(ids(page, idOf));
		}
		assertThat(forward).as("pages by next links").isEqualTo(expected);

		var backward = new ArrayList<List<Long>>(List.of(ids(page, idOf)));
		while (page.hasPrevious()) {
			page = list.apply(PagerLinks.previous(page));
			assertThat(page.getNumber()).as("number after previous").isEqualTo(pages - backward.size() - 1);
			backward.addFirst(ids(page, idOf));
		}
		assertThat(backward).as("pages by previous links").isEqualTo(expected);

		var last = list.apply(PagerLinks.last(page));
		assertThat(ids(last, idOf)).as("the last page link").isEqualTo(expected.getLast());
		assertThat(last.isLast()).isTrue();
	}

	/** The offset pages of a newest-first list; an empty list has one empty page. */
	public static List<List<Long>> chunks(List<Long> newestFirst, int size) {
		var chunks = new ArrayList<List<Long>>();
		for (int from = 0; from < newestFirst.size(); from += size) {
			chunks.add(newestFirst.subList(from, Math.min(newestFirst.size(), from + size)));
		}
		if (chunks.isEmpty()) {
			chunks.add(List.of());
		}
		return chunks;
	}

	private static <T> List<Long> ids(KeysetPage<T> page, ToLongFunction<T> idOf) {
		return page.getContent().stream().map(idOf::applyAsLong).toList();
	}

}
