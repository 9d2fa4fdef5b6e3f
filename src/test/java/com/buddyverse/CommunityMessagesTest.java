package com.buddyverse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Korean and English community bundles carry the same keys, none of them empty. */
class CommunityMessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "club", "challenge", "socialing", "home" })
	void koreanAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
		var korean = load("i18n/" + bundle + ".properties");
		var english = load("i18n/" + bundle + "_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(korean.stringPropertyNames());
		assertThat(korean.values()).allSatisfy((value) -> assertThat(value.toString()).isNotBlank());
		assertThat(english.values()).allSatisfy((value) -> assertThat(value.toString()).isNotBlank());
	}

	private static Properties load(String path) throws IOException {
		try (InputStream in = CommunityMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			var properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
