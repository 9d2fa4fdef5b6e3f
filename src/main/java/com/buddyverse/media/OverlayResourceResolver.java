package com.buddyverse.media;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Lets a file in the shared tree's {@code static/} stand in for the jar's asset of the
 * same name, so ops can replace a banner without a deploy. Such a file keeps its plain
 * URL (pages link to it without a content hash, and it is cached briefly), while the
 * jar's assets go on down the chain to get hashed URLs. It sits before the cache, because
 * ops may add or remove an overlay file at any time.
 */
class OverlayResourceResolver extends AbstractResourceResolver {

	private final List<Resource> overlay;

	private final ContainedFileResolver files = new ContainedFileResolver();

	OverlayResourceResolver(Resource overlayFolder) {
		this.overlay = List.of(overlayFolder);
	}

	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource replacement = this.files.resolveResource(request, requestPath, this.overlay, chain);
		return (replacement != null) ? replacement : chain.resolveResource(request, requestPath, locations);
	}

	@Override
	protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		String replacement = this.files.resolveUrlPath(resourceUrlPath, this.overlay, chain);
		return (replacement != null) ? replacement : chain.resolveUrlPath(resourceUrlPath, locations);
	}

}
