package com.buddyverse.media;

import java.awt.Color;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.buddyverse.member.domain.MemberService;
import com.buddyverse.review.domain.ReviewCommand;
import com.buddyverse.review.domain.ReviewService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import com.buddyverse.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files and rows agree whatever breaks: a write cut off midway, a database failure after
 * the file is in place, a deleted review, a crash that left a file without its row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MediaConsistencyIT {

	@Autowired
	MediaStorage storage;

	@Autowired
	MediaSweep sweep;

	@Autowired
	StorageProperties storageProperties;

	@Autowired
	ReviewService reviews;

	@Autowired
	MemberService members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void uploadCutOffMidwayLeavesNoFile() {
		var before = tree();
		byte[] png = TestImages.png(400, 300, Color.CYAN);
		var broken = new MockMultipartFile("photos", "cut.png", "image/png", png) {
			@Override
			public InputStream getInputStream() {
				return new FilterInputStream(new java.io.ByteArrayInputStream(png)) {
					private int read;

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						if (this.read > png.length / 2) {
							throw new IOException("client went away");
						}
						int count = super.read(buffer, offset, Math.min(length, 512));
						this.read += Math.max(count, 0);
						return count;
					}
				};
			}
		};

		assertThatThrownBy(() -> this.storage.storeImage("review", broken)).hasRootCauseMessage("client went away");

		assertThat(tree()).isEqualTo(before);
	}

	@Test
	void databaseFailureAfterTheFileIsInPlaceRemovesTheFile() {
		var before = tree();
		var stored = new StoredImage[1];

		assertThatThrownBy(() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			stored[0] = this.storage.storeImage("review", png("moved.png"));
			assertThat(this.storage.locate(stored[0].path())).as("in place before the commit").isPresent();
			this.jdbc.update("insert into review (author_id, title, content, rating, created_at, updated_at) "
					+ "values (-1, 'x', 'x', 3, now(), now())");
		})).isInstanceOf(DataIntegrityViolationException.class);

		assertThat(this.storage.locate(stored[0].path())).isEmpty();
		assertThat(this.storage.locate(stored[0].thumbnailPath())).isEmpty();
		assertThat(tree()).isEqualTo(before);
	}

	@Test
	void reviewWithARefusedPhotoLeavesNeitherRowNorFile() {
		var author = Members.signUp(this.members, "rollback");
		var before = tree();

		assertThatThrownBy(() -> this.reviews.write(author.id(), new ReviewCommand("롤백될 리뷰", "내용", 3),
				List.of(png("first.png"), new MockMultipartFile("photos", "x.svg", "image/svg+xml", HostileFiles.SVG))))
			.isInstanceOf(RejectedUploadException.class);

		assertThat(tree()).isEqualTo(before);
		assertThat(
				this.jdbc.queryForObject("select count(*) from review where author_id = ?", Integer.class, author.id()))
			.isZero();
	}

	@Test
	void deletingAReviewRemovesItsFiles() {
		var author = Members.signUp(this.members, "deleter");
		long id = this.reviews.write(author.id(), new ReviewCommand("지울 리뷰", "내용", 5), List.of(png("a.png")));
		EmbeddedDatabase.awaitReplication();
		var photo = this.reviews.read(id).photos().getFirst();
		assertThat(this.storage.locate(photo.path())).isPresent();

		this.reviews.delete(id, author.id());

		assertThat(this.storage.locate(photo.path())).isEmpty();
		assertThat(this.storage.locate(photo.thumbnailPath())).isEmpty();
	}

	@Test
	void sweepRemovesOldFilesNoRowUsesAndKeepsEverythingElse() throws IOException {
		var author = Members.signUp(this.members, "sweeper");
		long id = this.reviews.write(author.id(), new ReviewCommand("남을 리뷰", "내용", 4), List.of(png("kept.png")));
		EmbeddedDatabase.awaitReplication();
		var kept = this.reviews.read(id).photos().getFirst();
		// What a crash between moving the file into place and committing leaves behind.
		var orphan = this.storage.storeImage("review", png("orphan.png"));
		var young = this.storage.storeImage("review", png("young.png"));
		Path media = this.storageProperties.mediaRoot();
		Path leftoverTemp = Files.writeString(media.resolve(kept.path()).resolveSibling(".upload-9.tmp"), "half");
		Path outsideAreas = Files.createDirectories(media.resolve("unclaimed")).resolve("keep.png");
		Files.write(outsideAreas, TestImages.png(4, 4, Color.BLACK));
		for (Path old : List.of(media.resolve(kept.path()), media.resolve(kept.thumbnailPath()),
				media.resolve(orphan.path()), media.resolve(orphan.thumbnailPath()), leftoverTemp, outsideAreas)) {
			Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		}

		int removed = this.sweep.sweep();

		assertThat(removed).isGreaterThanOrEqualTo(3);
		assertThat(this.storage.locate(orphan.path())).isEmpty();
		assertThat(this.storage.locate(orphan.thumbnailPath())).isEmpty();
		assertThat(leftoverTemp).doesNotExist();
		assertThat(this.storage.locate(kept.path())).isPresent();
		assertThat(this.storage.locate(kept.thumbnailPath())).isPresent();
		assertThat(this.storage.locate(young.path())).as("an upload whose row may still be coming").isPresent();
		assertThat(outsideAreas).as("no feature answers for it").exists();
	}

	private java.util.Set<Path> tree() {
		return MediaTree.files(this.storageProperties.mediaRoot());
	}

	private static MockMultipartFile png(String name) {
		return new MockMultipartFile("photos", name, "image/png", TestImages.png(200, 150, Color.MAGENTA));
	}

}
