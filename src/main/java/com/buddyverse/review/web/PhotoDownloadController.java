package com.buddyverse.review.web;

import java.nio.charset.StandardCharsets;

import com.buddyverse.common.NotFoundException;
import com.buddyverse.media.MediaStorage;
import com.buddyverse.review.domain.ReviewService;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads a review photo under the name it was uploaded with. */
@Controller
class PhotoDownloadController {

	private final ReviewService reviews;

	private final MediaStorage storage;

	PhotoDownloadController(ReviewService reviews, MediaStorage storage) {
		this.reviews = reviews;
		this.storage = storage;
	}

	@GetMapping("/review/{id}/photos/{photoId}/download")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long photoId) {
		var photo = this.reviews.photo(id, photoId);
		var file = this.storage.locate(photo.path()).orElseThrow(() -> new NotFoundException("photo file", photoId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(photo.originalName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(file));
	}

}
