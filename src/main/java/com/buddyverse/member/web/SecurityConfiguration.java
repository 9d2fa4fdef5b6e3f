package com.buddyverse.member.web;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Everything the pages load comes from this origin (the Bootstrap webjar included);
	 * Bootstrap's CSS draws its icons from data: URIs. Style attributes are allowed
	 * ({@code style-src-attr}): the templates size progress bars and photos with them and
	 * they cannot run code; style sheets and scripts come only from this origin.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Files and health checks: no session, no security context, nothing to remember. */
	@Bean
	@Order(1)
	SecurityFilterChain statelessResources(HttpSecurity http) throws Exception {
		http.securityMatcher("/static/**", "/media/**", "/webjars/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.disable())
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.headers(securityHeaders());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers("/me", "/me/**", "/*/new", "/*/*/edit")
					.authenticated()
					.requestMatchers(HttpMethod.GET, "/**")
					.permitAll()
					.requestMatchers(HttpMethod.POST, "/signup")
					.permitAll()
					.anyRequest()
					.authenticated())
			.formLogin((login) -> login.loginPage("/login").failureUrl("/login?error").permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll())
			.headers(securityHeaders());
		return http.build();
	}

	/**
	 * On top of Spring Security's defaults (nosniff, X-Frame-Options DENY, no-cache for
	 * pages, and HSTS on https requests, which behind the ALB are those it forwarded with
	 * X-Forwarded-Proto: https).
	 */
	private static Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders() {
		return (headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()"));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
