package com.buddyverse.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Korean message has its English twin and the other way round, none of them empty.
 */
class MessagesInStepTest {

	@Test
	void koreanAndEnglishBundlesHaveTheSameKeys() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		Resource[] bundles = resolver.getResources("classpath:i18n/*.properties");
		int checked = 0;
		for (Resource korean : bundles) {
			String name = korean.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			Resource english = resolver.getResource("classpath:i18n/" + name.replace(".properties", "_en.properties"));
			assertThat(english.exists()).as("English twin of %s", name).isTrue();
			var ko = load(korean);
			var en = load(english);
			assertThat(en.stringPropertyNames()).as("keys of %s", name).isEqualTo(ko.stringPropertyNames());
			ko.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, name).isNotBlank());
			en.forEach((key, value) -> assertThat(value.toString()).as("%s in English %s", key, name).isNotBlank());
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(5);
	}

	private static Properties load(Resource resource) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
