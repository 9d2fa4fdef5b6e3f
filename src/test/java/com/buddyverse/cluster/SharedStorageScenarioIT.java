package com.buddyverse.cluster;

import java.awt.Color;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import com.buddyverse.support.SiteClient;
import com.buddyverse.support.SiteClient.FilePart;
import com.buddyverse.support.TestImages;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 5: uploads land in the one shared folder (EFS on AWS), so a photo uploaded
 * through one instance is served by the other.
 */
@Order(3)
@ExtendWith(ClusterExtension.class)
class SharedStorageScenarioIT {

	private static final Pattern REVIEW_ID = Pattern.compile("/review/(\\d+)$");

	private static final Pattern MEDIA = Pattern.compile("src=\"(/media/review/[^\"]+)\"");

	@Test
	void photoUploadedThroughOneInstanceIsServedByTheOther(LocalCluster cluster) throws Exception {
		var member = cluster.client();
		MemberSteps.signUpAndLogIn(member, "photo");
		member.get("/review/new");
		var created = member.postMultipart("/review",
				Map.of("title", "한강 자전거 후기 🚲", "content", "노을이 예뻐요", "rating", "5"),
				List.of(new FilePart("photos", "노을.png", "image/png", TestImages.png(640, 480, Color.ORANGE))));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String uploadedBy = created.header("x-served-by");
		String other = uploadedBy.equals("app1") ? "app2" : "app1";
		var reviewId = REVIEW_ID.matcher(created.location());
		assertThat(reviewId.find()).as(created.location()).isTrue();

		String photo = photoPath(member, "/review/" + reviewId.group(1));
		byte[] fromUploader = fetchDirect(cluster, uploadedBy, photo);

		// Round robin: of two consecutive requests one goes to the other instance.
		HttpResponse<byte[]> fromOther = null;
		for (int i = 0; i < 4 && fromOther == null; i++) {
			var response = cluster.http()
				.send(HttpRequest.newBuilder(URI.create(cluster.httpsUrl() + photo)).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			if (other.equals(response.headers().firstValue("x-served-by").orElse(""))) {
				fromOther = response;
			}
		}
		assertThat(fromOther).as("a response from %s through the load balancer", other).isNotNull();
		assertThat(fromOther.statusCode()).isEqualTo(200);
		assertThat(fromOther.headers().firstValue("content-type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/"));
		assertThat(fromOther.body()).isEqualTo(fromUploader);
	}

	/** The review's first photo; polls while the new review may not yet be readable. */
	private static String photoPath(SiteClient member, String reviewPath) {
		var path = new AtomicReference<String>();
		LocalCluster.awaitTrue(() -> {
			var page = member.get(reviewPath);
			var media = MEDIA.matcher(page.body());
			if (page.status() == 200 && media.find()) {
				path.set(media.group(1));
			}
			return path.get() != null;
		}, Duration.ofSeconds(30), () -> "no photo on " + reviewPath);
		return path.get();
	}

	private static byte[] fetchDirect(LocalCluster cluster, String app, String path) throws Exception {
		var response = cluster.http()
			.send(HttpRequest.newBuilder(URI.create(cluster.appUrl(app) + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as("%s serves %s itself", app, path).isEqualTo(200);
		assertThat(response.body()).isNotEmpty();
		return response.body();
	}

}
