package com.buddyverse.media;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Serves {@code /static/**}; a file asked for by its content-hashed URL can never change,
 * so it is cached for a year, while plain URLs (overlay files, old bookmarks) keep the
 * short default.
 */
class StaticFileHandler extends ResourceHttpRequestHandler {

	@Override
	protected void setHeaders(HttpServletResponse response, Resource resource, MediaType mediaType) throws IOException {
		super.setHeaders(response, resource, mediaType);
		// The version resolver answers a hashed URL (and only that) with a resource
		// carrying the hash as its ETag.
		if (resource instanceof HttpResource versioned && versioned.getResponseHeaders().getETag() != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, ResourceConfiguration.IMMUTABLE.getHeaderValue());
		}
	}

}
