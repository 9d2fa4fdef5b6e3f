package com.buddyverse.media;

import java.util.Collection;
import java.util.Set;

/**
 * Implemented by each feature that stores files through {@link MediaStorage}, so the
 * {@link MediaSweep} can tell leftovers from files in use without knowing the feature's
 * tables. Answers must come from the primary: a file must never be swept because a
 * lagging replica has not seen its row yet.
 */
public interface MediaReferences {

	/**
	 * The top folder under the media root the feature stores into, e.g. {@code review}.
	 */
	String area();

	/**
	 * Which of these paths (relative to the media root, as stored) a row still refers to.
	 */
	Set<String> referenced(Collection<String> paths);

}
