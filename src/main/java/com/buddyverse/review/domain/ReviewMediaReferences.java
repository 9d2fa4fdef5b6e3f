package com.buddyverse.review.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import com.buddyverse.media.MediaReferences;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the media sweep which files under {@code review/} photos still use. */
@Component
class ReviewMediaReferences implements MediaReferences {

	private final ReviewPhotoRepository photos;

	ReviewMediaReferences(ReviewPhotoRepository photos) {
		this.photos = photos;
	}

	@Override
	public String area() {
		return ReviewService.MEDIA_AREA;
	}

	/**
	 * A read, but deliberately not read-only: it must see the primary, or a row the
	 * replica has not caught up with would get its file deleted.
	 */
	@Override
	@Transactional
	public Set<String> referenced(Collection<String> paths) {
		var referenced = new HashSet<String>(this.photos.findStoragePathsIn(paths));
		referenced.addAll(this.photos.findThumbnailPathsIn(paths));
		return referenced;
	}

}
