package com.buddyverse.support;

import com.buddyverse.common.TimeFormat;
import com.buddyverse.media.StorageProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * What a {@code @WebMvcTest} slice needs besides the controller under test: the real
 * security filter chains, locale handling, clock, template helpers and storage settings.
 */
@TestConfiguration
@EnableConfigurationProperties(StorageProperties.class)
@ComponentScan(basePackages = { "com.buddyverse.member.web", "com.buddyverse.common" }, useDefaultFilters = false,
		includeFilters = { @Filter(Configuration.class),
				@Filter(type = FilterType.ASSIGNABLE_TYPE, classes = TimeFormat.class) })
public class WebSliceConfiguration {

}
