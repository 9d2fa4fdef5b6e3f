package com.buddyverse.media;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.buddyverse.support.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageCheckTest {

	@TempDir
	Path folder;

	private final ImageInspector inspector = new ImageInspector(8000, 40_000_000);

	@Test
	void typeIsDecidedByTheFirstBytesOnly() {
		assertThat(ImageType.sniff(TestImages.png(4, 4, Color.RED))).contains(ImageType.PNG);
		assertThat(ImageType.sniff(TestImages.jpeg(4, 4, Color.RED))).contains(ImageType.JPEG);
		assertThat(ImageType.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(ImageType.GIF);
		assertThat(ImageType.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
			.contains(ImageType.WEBP);
		assertThat(ImageType.sniff(HostileFiles.SVG)).isEmpty();
		assertThat(ImageType.sniff(HostileFiles.HTML)).isEmpty();
		assertThat(ImageType.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ImageType.sniff(new byte[2])).isEmpty();
	}

	@Test
	void decompressionBombIsRefusedFromItsHeaderWithoutDecoding() throws IOException {
		Path bomb = write("bomb.png", HostileFiles.pngClaiming(50_000, 50_000));
		long before = usedMemory();

		assertThatThrownBy(() -> this.inspector.inspect(bomb, ImageType.PNG))
			.isInstanceOfSatisfying(RejectedUploadException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("media.upload.tooManyPixels");
				assertThat(ex.status().value()).isEqualTo(422);
			});
		assertThat(usedMemory() - before).as("no 10 GB pixel buffer").isLessThan(256L * 1024 * 1024);
	}

	@Test
	void imageWithinSidesButOverThePixelBudgetIsRefused() throws IOException {
		Path wide = write("wide.png", HostileFiles.pngClaiming(7000, 7000));

		assertThatThrownBy(() -> this.inspector.inspect(wide, ImageType.PNG)).isInstanceOfSatisfying(
				RejectedUploadException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("media.upload.tooManyPixels"));
	}

	@Test
	void truncatedImageIsRefusedAsUnreadable() throws IOException {
		byte[] png = TestImages.png(300, 200, Color.BLUE);
		Path truncated = write("cut.png", java.util.Arrays.copyOf(png, png.length / 3));

		assertThatThrownBy(() -> this.inspector.inspect(truncated, ImageType.PNG)).isInstanceOfSatisfying(
				RejectedUploadException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("media.upload.unreadable"));
	}

	@Test
	void jpegLosesExifAndCommentsButKeepsItsPictureAndOrientation() throws IOException {
		byte[] plain = TestImages.jpeg(320, 200, Color.RED);
		Path original = write("phone.jpg", HostileFiles.withExif(plain, 6, "GPS 37.5665N 126.9780E"));
		var inspection = this.inspector.inspect(original, ImageType.JPEG);

		Path stripped = JpegMetadata.stripped(original, inspection.orientation(),
				Files.createFile(this.folder.resolve("out.jpg")));

		byte[] strippedBytes = Files.readAllBytes(stripped);
		assertThat(new String(strippedBytes, StandardCharsets.ISO_8859_1)).doesNotContain("37.5665")
			.doesNotContain("comment");
		assertThat(JpegMetadata.orientation(stripped)).isEqualTo(6);
		var decoded = ImageIO.read(new ByteArrayInputStream(strippedBytes));
		assertThat(decoded.getWidth()).isEqualTo(320);
		assertThat(decoded.getHeight()).isEqualTo(200);
		assertThat(strippedBytes).endsWith(java.util.Arrays.copyOfRange(plain, plain.length - 64, plain.length));
		assertThat(inspection.width()).as("displayed turned a quarter").isEqualTo(200);
		assertThat(inspection.height()).isEqualTo(320);
		assertThat(inspection.thumbnail().getWidth()).isLessThan(inspection.thumbnail().getHeight());
	}

	@Test
	void jpegWithoutOrientationGetsNoExifAtAll() throws IOException {
		Path original = write("plain.jpg",
				HostileFiles.withExif(TestImages.jpeg(64, 48, Color.GREEN), 1, "serial 1234"));

		Path stripped = JpegMetadata.stripped(original, 1, Files.createFile(this.folder.resolve("out.jpg")));

		assertThat(new String(Files.readAllBytes(stripped), StandardCharsets.ISO_8859_1)).doesNotContain("Exif")
			.doesNotContain("serial");
		assertThat(ImageIO.read(stripped.toFile()).getWidth()).isEqualTo(64);
	}

	@Test
	void originalNamesAreCleanedForDisplayAndDownload() {
		assertThat(MediaStorage.sanitize("C:\\Users\\me\\사진 1.png", ImageType.PNG)).isEqualTo("사진 1.png");
		assertThat(MediaStorage.sanitize("../../etc/passwd", ImageType.PNG)).isEqualTo("passwd");
		assertThat(MediaStorage.sanitize("evil\u202Egnp.exe", ImageType.PNG)).isEqualTo("evilgnp.exe");
		assertThat(MediaStorage.sanitize("a\"b\r\n.jpg", ImageType.JPEG)).isEqualTo("ab.jpg");
		assertThat(MediaStorage.sanitize(".htaccess", ImageType.GIF)).isEqualTo("photo.gif");
		assertThat(MediaStorage.sanitize(null, ImageType.WEBP)).isEqualTo("photo.webp");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.folder.resolve(name), bytes);
	}

	private static long usedMemory() {
		var runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
