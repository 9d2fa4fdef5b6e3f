package com.buddyverse.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.buddyverse.support.InMemoryIds;
import com.buddyverse.support.InMemoryIds.Read;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeysetPageTest {

	private static final int SIZE = 20;

	private static final Function<List<Long>, List<Long>> ROWS = List::copyOf;

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 19, 20, 21, 39, 40, 41, 60, 347 })
	void everyPageByNumberHoldsWhatTheOffsetWouldGive(int total) {
		var list = InMemoryIds.upTo(total);
		var expected = chunks(list.newestFirst());
		for (int number = 0; number < expected.size(); number++) {
			var page = KeysetPage.read(PageCursor.page(number), total, SIZE, list, ROWS);
			assertThat(page.getContent()).as("page %d of %d", number, total).isEqualTo(expected.get(number));
			assertThat(page.getNumber()).isEqualTo(number);
			assertThat(page.getTotalElements()).isEqualTo(total);
			assertThat(page.getTotalPages()).isEqualTo((total + SIZE - 1) / SIZE);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 21, 40, 41, 347 })
	void nextAndPreviousLinksWalkTheSamePagesBothWays(int total) {
		var list = InMemoryIds.upTo(total);
		var expected = chunks(list.newestFirst());
		var page = KeysetPage.read(PageCursor.first(), total, SIZE, list, ROWS);
		var forward = new ArrayList<List<Long>>(List.of(page.getContent()));
		while (page.hasNext()) {
			page = KeysetPage.read(next(page), total, SIZE, list, ROWS);
			forward.add(page.getContent());
			assertThat(page.getNumber()).isEqualTo(forward.size() - 1);
		}
		assertThat(forward).isEqualTo(expected);
		assertThat(page.isLast()).isTrue();

		var backward = new ArrayList<List<Long>>(List.of(page.getContent()));
		while (page.hasPrevious()) {
			page = KeysetPage.read(previous(page), total, SIZE, list, ROWS);
			backward.addFirst(page.getContent());
		}
		assertThat(backward).isEqualTo(expected);
		assertThat(page.isFirst()).isTrue();
	}

	@Test
	void linkedPagesNeverSkipRowsAndTheLastPageReadsFromTheOldestEnd() {
		int total = 10_000;
		var list = InMemoryIds.upTo(total);
		var page = KeysetPage.read(PageCursor.page(250), total, SIZE, list, ROWS);
		list.takeReads();

		KeysetPage.read(next(page), total, SIZE, list, ROWS);
		KeysetPage.read(previous(page), total, SIZE, list, ROWS);
		assertThat(list.takeReads()).extracting(Read::skipped).containsOnly(0L);

		var last = KeysetPage.read(PageCursor.page(499), total, SIZE, list, ROWS);
		assertThat(list.takeReads()).containsExactly(new Read("oldest", 0));
		assertThat(last.getContent()).isEqualTo(
				List.of(20L, 19L, 18L, 17L, 16L, 15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L));
	}

	@Test
	void aTypedPageWalksAtMostHalfTheList() {
		int total = 10_000;
		var list = InMemoryIds.upTo(total);
		for (int number = 0; number < total / SIZE; number++) {
			KeysetPage.read(PageCursor.page(number), total, SIZE, list, ROWS);
		}
		assertThat(list.takeReads()).allSatisfy((read) -> assertThat(read.skipped()).isLessThanOrEqualTo(total / 2));
	}

	@Test
	void aPartialLastPageHoldsTheOldestRows() {
		var list = InMemoryIds.upTo(45);
		var last = KeysetPage.read(PageCursor.page(2), 45, SIZE, list, ROWS);
		assertThat(last.getContent()).containsExactly(5L, 4L, 3L, 2L, 1L);
		assertThat(last.isLast()).isTrue();
		assertThat(last.getFirstId()).isEqualTo(5L);
		assertThat(last.getLastId()).isEqualTo(1L);
	}

	@Test
	void anEmptyListHasOneEmptyPageWhateverIsAskedFor() {
		var list = InMemoryIds.upTo(0);
		for (var cursor : List.of(PageCursor.first(), PageCursor.page(7), new PageCursor(3, 10L, null),
				new PageCursor(3, null, 10L))) {
			var page = KeysetPage.read(cursor, 0, SIZE, list, ROWS);
			assertThat(page.getContent()).isEmpty();
			assertThat(page.getNumber()).isZero();
			assertThat(page.getTotalPages()).isZero();
			assertThat(page.getFirstId()).isNull();
			assertThat(page.getLastId()).isNull();
		}
	}

	@Test
	void aPageBeyondTheLastShowsTheLast() {
		var list = InMemoryIds.upTo(45);
		var page = KeysetPage.read(PageCursor.page(999_999), 45, SIZE, list, ROWS);
		assertThat(page.getNumber()).isEqualTo(2);
		assertThat(page.getContent()).containsExactly(5L, 4L, 3L, 2L, 1L);
	}

	@Test
	void aBoundaryWithNothingBeyondItFallsBackToThePageNumber() {
		var list = InMemoryIds.upTo(100);
		var noOlder = KeysetPage.read(new PageCursor(1, 1L, null), 100, SIZE, list, ROWS);
		assertThat(noOlder.getContent()).first().isEqualTo(80L);

		var noNewer = KeysetPage.read(new PageCursor(3, null, Long.MAX_VALUE), 100, SIZE, list, ROWS);
		assertThat(noNewer.getNumber()).isZero();
		assertThat(noNewer.getContent()).first().isEqualTo(100L);
	}

	@Test
	void aPreviousLinkNearTheNewestEndShowsAFullFirstPage() {
		var list = InMemoryIds.upTo(100);
		var second = KeysetPage.read(PageCursor.page(1), 100, SIZE, list, ROWS);
		list.delete(95);
		var first = KeysetPage.read(previous(second), 99, SIZE, list, ROWS);
		assertThat(first.getNumber()).isZero();
		assertThat(first.getContent()).hasSize(SIZE).first().isEqualTo(100L);
	}

	@Test
	void rowsDeletedBetweenPagesAreNeitherRepeatedNorSkipped() {
		var list = InMemoryIds.upTo(100);
		var first = KeysetPage.read(PageCursor.first(), 100, SIZE, list, ROWS);
		list.delete(99);
		list.delete(70);
		list.add(101);
		var second = KeysetPage.read(next(first), 100, SIZE, list, ROWS);
		assertThat(second.getContent()).first().isEqualTo(first.getLastId() - 1);
		assertThat(second.getContent()).doesNotContain(70L).hasSize(SIZE);
	}

	@Test
	void whenTheKeptCountIsTooHighTheLinkedLastPageCorrectsIt() {
		var list = InMemoryIds.upTo(50);
		var second = KeysetPage.read(PageCursor.page(1), 60, SIZE, list, ROWS);
		var third = KeysetPage.read(next(second), 60, SIZE, list, ROWS);
		assertThat(third.getContent()).containsExactly(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
		assertThat(third.isLast()).isTrue();
		assertThat(third.getTotalElements()).isEqualTo(50);
	}

	@Test
	void urlsThePagerNeverWritesAreReadByTheirNumber() {
		assertThat(PageCursor.of(3, 5L, 9L)).isEqualTo(PageCursor.page(2));
		assertThat(PageCursor.of(3, -5L, null)).isEqualTo(PageCursor.page(2));
		assertThat(PageCursor.of(3, null, 0L)).isEqualTo(PageCursor.page(2));
		assertThat(PageCursor.of(-4, 5L, null)).isEqualTo(new PageCursor(0, 5L, null));
		assertThat(PageCursor.of(Integer.MAX_VALUE, null, 5L)).isEqualTo(new PageCursor(Paging.MAX_PAGE - 1, null, 5L));
	}

	/** What the pager's next link asks for: {@code ?page=N+1&after=<last id>}. */
	private static PageCursor next(KeysetPage<?> page) {
		return PageCursor.of(page.getNumber() + 2, page.getLastId(), null);
	}

	/** What the pager's previous link asks for: {@code ?page=N-1&before=<first id>}. */
	private static PageCursor previous(KeysetPage<?> page) {
		return PageCursor.of(page.getNumber(), null, page.getFirstId());
	}

	private static List<List<Long>> chunks(List<Long> ids) {
		var chunks = new ArrayList<List<Long>>();
		for (int from = 0; from < ids.size(); from += SIZE) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + SIZE)));
		}
		if (chunks.isEmpty()) {
			chunks.add(List.of());
		}
		return chunks;
	}

}
