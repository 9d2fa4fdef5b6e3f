package com.buddyverse.media;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits, taken from {@code buddy.storage.*} so there
 * is one place to change them: a file over {@code max-file-size} or a request over what
 * {@code max-files-per-upload} such files need fails while it is read, before any of it
 * reaches a controller or the disk beyond the container's temporary buffer.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitsConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(StorageProperties storage) {
		var factory = new MultipartConfigFactory();
		factory.setMaxFileSize(storage.maxFileSize());
		factory.setMaxRequestSize(storage.maxRequestSize());
		factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
		return factory.createMultipartConfig();
	}

	/** Just ahead of Spring Security's filters (order -100), which read parameters. */
	@Bean
	FilterRegistrationBean<UnreadableUploadFilter> unreadableUploadFilter() {
		var registration = new FilterRegistrationBean<>(new UnreadableUploadFilter());
		registration.setOrder(-110);
		return registration;
	}

}
