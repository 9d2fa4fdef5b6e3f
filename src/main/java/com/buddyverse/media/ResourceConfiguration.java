package com.buddyverse.media;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * {@code /static/**}: the jar's assets under content-hashed URLs cached for a year,
 * unless the shared tree's {@code static/} holds a file of the same name, which then wins
 * under its plain URL (ops can replace a banner without a deploy). {@code /media/**}:
 * uploaded files straight from the shared tree, no database involved; their random names
 * never change content, so they are cached for a year too. {@code /webjars/**}: versioned
 * by the webjar's own version.
 */
@Configuration(proxyBeanMethods = false)
class ResourceConfiguration implements WebMvcConfigurer {

	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final StorageProperties storage;

	ResourceConfiguration(StorageProperties storage) {
		this.storage = storage;
	}

	@Bean
	StaticFileHandler staticFileHandler() {
		var handler = new StaticFileHandler();
		handler.setLocations(List.of(new ClassPathResource("static/")));
		handler.setResourceResolvers(List.of(new OverlayResourceResolver(folder(this.storage.staticRoot())),
				new CachingResourceResolver(new ConcurrentMapCache("static-files")),
				new VersionResourceResolver().addContentVersionStrategy("/**"), new ContainedFileResolver()));
		handler.setCacheControl(CacheControl.maxAge(this.storage.staticMaxAge()).cachePublic());
		return handler;
	}

	@Bean
	MediaFileHandler mediaFileHandler() {
		var handler = new MediaFileHandler();
		handler.setLocations(List.of(folder(this.storage.mediaRoot())));
		handler.setResourceResolvers(List.of(new MediaFileHandler.Resolver()));
		handler.setCacheControl(IMMUTABLE);
		handler.setEtagGenerator(MediaFileHandler::etag);
		return handler;
	}

	/**
	 * Ahead of the controllers (no controller answers under these paths, and a file
	 * request then never walks every controller's mapping) and of Spring's own resource
	 * mapping, which serves only the webjars here.
	 */
	@Bean
	SimpleUrlHandlerMapping fileHandlerMapping(StaticFileHandler staticFiles, MediaFileHandler mediaFiles) {
		return new SimpleUrlHandlerMapping(Map.of("/static/**", staticFiles, "/media/**", mediaFiles),
				Ordered.HIGHEST_PRECEDENCE);
	}

	/** Rewrites {@code @{/static/...}} links in pages to their content-hashed URLs. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * A path Spring Security's firewall refuses ({@code ..}, encoded slashes,
	 * backslashes) names no file: 404 like any other missing one, without telling which
	 * rule tripped.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler(HttpStatus.NOT_FOUND.value());
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(IMMUTABLE)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	private static Resource folder(java.nio.file.Path path) {
		// The trailing slash makes files resolve inside the folder, not beside it.
		return new FileSystemResource(path.toString() + "/");
	}

}
