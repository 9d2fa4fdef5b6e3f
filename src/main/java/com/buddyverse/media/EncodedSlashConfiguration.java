package com.buddyverse.media;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat answers an encoded slash or backslash ({@code /media/..%2fsecret}) with its own
 * bare 400 page before the application sees it. Passed through undecoded, such a path
 * reaches Spring Security's firewall, which refuses it like every other traversal
 * attempt: a 404 in the site's manner. Nothing ever decodes it into a separator.
 */
@Configuration(proxyBeanMethods = false)
class EncodedSlashConfiguration implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> {
			connector.setEncodedSolidusHandling("passthrough");
			connector.setEncodedReverseSolidusHandling("passthrough");
		});
	}

}
