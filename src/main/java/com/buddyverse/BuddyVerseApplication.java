package com.buddyverse;

import java.security.Security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BuddyVerseApplication {

	public static void main(String[] args) {
		// RDS fails over by changing the endpoint's DNS record; the JVM must not cache it
		// for long.
		Security.setProperty("networkaddress.cache.ttl", "30");
		SpringApplication.run(BuddyVerseApplication.class, args);
	}

}
