package com.buddyverse.club.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import com.buddyverse.media.MediaReferences;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the media sweep which files under {@code club/} covers still use. */
@Component
class ClubMediaReferences implements MediaReferences {

	private final ClubRepository clubs;

	ClubMediaReferences(ClubRepository clubs) {
		this.clubs = clubs;
	}

	@Override
	public String area() {
		return ClubService.MEDIA_AREA;
	}

	/**
	 * A read, but deliberately not read-only: it must see the primary, or a club the
	 * replica has not caught up with would lose its cover.
	 */
	@Override
	@Transactional
	public Set<String> referenced(Collection<String> paths) {
		var referenced = new HashSet<String>(this.clubs.findCoverPathsIn(paths));
		referenced.addAll(this.clubs.findCoverThumbnailPathsIn(paths));
		return referenced;
	}

}
