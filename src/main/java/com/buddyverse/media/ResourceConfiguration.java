package com.buddyverse.media;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * {@code /static/**}: the shared tree's {@code static/} first (ops can replace a banner
 * without a deploy), then the assets in the jar. {@code /media/**}: uploaded files, whose
 * random names never change content, so they may be cached for long.
 */
@Configuration(proxyBeanMethods = false)
class ResourceConfiguration implements WebMvcConfigurer {

	private final StorageProperties storage;

	ResourceConfiguration(StorageProperties storage) {
		this.storage = storage;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/static/**")
			.addResourceLocations(this.storage.staticRoot().toUri().toString(), "classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
		registry.addResourceHandler("/media/**")
			.addResourceLocations(this.storage.mediaRoot().toUri().toString())
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
