package com.buddyverse.media;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart body before anything else asks for a parameter. When the body is over
 * the limits, Tomcat would otherwise answer the first {@code getParameter} call (Spring
 * Security's CSRF check) with its own bare 413 page. Instead the request goes on with the
 * query string's parameters only (where the upload forms put their CSRF token), and the
 * failure surfaces when the controller binds the form, so the member sees the form again
 * with the reason.
 */
class UnreadableUploadFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest next = request;
		try {
			request.getParts();
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			next = new UnreadableBody(request, ex);
		}
		chain.doFilter(next, response);
	}

	/** A request whose body could not be read: only its query string has parameters. */
	private static final class UnreadableBody extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		private final Exception failure;

		UnreadableBody(HttpServletRequest request, Exception failure) {
			super(request);
			this.parameters = Collections.unmodifiableMap(queryParameters(request.getQueryString()));
			this.failure = failure;
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

		/** Spring's multipart support tells "too large" from the container's message. */
		@Override
		public Collection<Part> getParts() {
			throw new IllegalStateException(this.failure.getMessage(), this.failure);
		}

		@Override
		public Part getPart(String name) {
			throw new IllegalStateException(this.failure.getMessage(), this.failure);
		}

		private static Map<String, String[]> queryParameters(String query) {
			var parameters = new LinkedHashMap<String, String[]>();
			if (query == null) {
				return parameters;
			}
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String name = decode((equals < 0) ? pair : pair.substring(0, equals));
				String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
				parameters.merge(name, new String[] { value }, (a, b) -> {
					var joined = java.util.Arrays.copyOf(a, a.length + b.length);
					System.arraycopy(b, 0, joined, a.length, b.length);
					return joined;
				});
			}
			return parameters;
		}

		private static String decode(String text) {
			try {
				return URLDecoder.decode(text, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return "";
			}
		}

	}

}
