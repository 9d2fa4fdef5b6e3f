package com.buddyverse.common;

import java.util.List;
import java.util.function.Function;

import com.buddyverse.support.InMemoryIds;
import com.buddyverse.support.InMemoryIds.Read;
import com.buddyverse.support.PageWalks;
import com.buddyverse.support.PagerLinks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeysetPageTest {

	private static final int SIZE = 20;

	private static final Function<List<Long>, List<Long>> ROWS = List::copyOf;

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 19, 20, 21, 39, 40, 41, 60, 347 })
	void everyWayToAPageGivesWhatTheOffsetWould(int total) {
		var list = InMemoryIds.upTo(total);
		PageWalks.assertEveryWayMatchesOffsets((cursor) -> KeysetPage.read(cursor, total, SIZE, list, ROWS),
				Long::longValue, list.newestFirst(), SIZE);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 20, 21, 347 })
	void pageCountsFollowSpringData(int total) {
		var page = KeysetPage.read(PageCursor.page(0), total, SIZE, InMemoryIds.upTo(total), ROWS);
		assertThat(page.getTotalPages()).isEqualTo((total + SIZE - 1) / SIZE);
		assertThat(page.getTotalElements()).isEqualTo(total);
	}

	@Test
	void linkedPagesWalkNoOffsetAndTheLastPageReadsFromTheOldestEnd() {
		int total = 10_000;
		var list = InMemoryIds.upTo(total);
		var page = KeysetPage.read(PageCursor.page(250), total, SIZE, list, ROWS);
		list.takeReads();

		KeysetPage.read(PagerLinks.next(page), total, SIZE, list, ROWS);
		assertThat(list.takeReads()).containsExactly(new Read("olderThan", 0));
		KeysetPage.read(PagerLinks.previous(page), total, SIZE, list, ROWS);
		assertThat(list.takeReads()).containsExactly(new Read("newerThan", 0));

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
		for (var cursor : List.of(PageCursor.page(0), PageCursor.page(7), new PageCursor(3, 10L, null),
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
	void aBeforeLinkNearTheNewestEndShowsAFullFirstPage() {
		var list = InMemoryIds.upTo(100);
		var second = KeysetPage.read(PageCursor.page(1), 100, SIZE, list, ROWS);
		list.delete(95);
		var first = KeysetPage.read(PageCursor.of(1, null, second.getFirstId()), 99, SIZE, list, ROWS);
		assertThat(first.getNumber()).isZero();
		assertThat(first.getContent()).hasSize(SIZE).first().isEqualTo(100L);
	}

	@Test
	void rowsDeletedBetweenPagesAreNeitherRepeatedNorSkipped() {
		var list = InMemoryIds.upTo(100);
		var first = KeysetPage.read(PageCursor.page(0), 100, SIZE, list, ROWS);
		list.delete(99);
		list.delete(70);
		list.add(101);
		var second = KeysetPage.read(PagerLinks.next(first), 100, SIZE, list, ROWS);
		assertThat(second.getContent()).first().isEqualTo(first.getLastId() - 1);
		assertThat(second.getContent()).doesNotContain(70L).hasSize(SIZE);
	}

	@Test
	void whenTheKeptCountIsTooHighTheLinkedLastPageCorrectsIt() {
		var list = InMemoryIds.upTo(50);
		var second = KeysetPage.read(PageCursor.page(1), 80, SIZE, list, ROWS);
		var third = KeysetPage.read(PagerLinks.next(second), 80, SIZE, list, ROWS);
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

}
