package com.buddyverse.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves {@code /media/**} from the shared tree without asking the database: only the
 * image types uploads are stored as, with their own content type, {@code nosniff}, and
 * {@code inline} under the stored name. The member's original file name is not looked up
 * here (that would cost a query per image); the review's download link offers the photo
 * under it.
 */
class MediaFileHandler extends ResourceHttpRequestHandler {

	private static final Map<String, MediaType> TYPES = Map.of("jpg", MediaType.IMAGE_JPEG, "png", MediaType.IMAGE_PNG,
			"gif", MediaType.IMAGE_GIF, "webp", MediaType.parseMediaType("image/webp"));

	MediaFileHandler() {
		setMediaTypes(TYPES);
	}

	@Override
	protected Resource getResource(HttpServletRequest request) throws IOException {
		Resource resource = super.getResource(request);
		return (resource != null && TYPES.containsKey(extension(resource.getFilename()))) ? resource : null;
	}

	@Override
	protected MediaType getMediaType(HttpServletRequest request, Resource resource) {
		return TYPES.get(extension(resource.getFilename()));
	}

	@Override
	protected void setHeaders(HttpServletResponse response, Resource resource, MediaType mediaType) throws IOException {
		super.setHeaders(response, resource, mediaType);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(resource.getFilename()).build().toString());
	}

	/**
	 * Modification time and size, like nginx's ETag, so either can answer a revalidation
	 * the other started.
	 */
	static String etag(Resource resource) {
		try {
			return "\"" + Long.toHexString(resource.lastModified() / 1000) + "-"
					+ Long.toHexString(resource.contentLength()) + "\"";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String extension(String filename) {
		if (filename == null) {
			return "";
		}
		int dot = filename.lastIndexOf('.');
		return (dot < 0) ? "" : filename.substring(dot + 1);
	}

	/**
	 * Links to media are written as stored; rewriting them would only cost a file lookup
	 * per image on every page.
	 */
	static class Resolver extends ContainedFileResolver {

		@Override
		protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			return resourceUrlPath;
		}

	}

}
