package com.buddyverse.ops;

import java.util.LinkedHashMap;
import java.util.Set;

import com.buddyverse.media.StorageProperties;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /actuator/health} is what the ALB asks: it must answer for this instance alone
 * (started, not shutting down), never for the shared database, or one database blip would
 * make the Auto Scaling group replace the whole fleet at once. The dependencies (primary,
 * replica, replica lag, storage root) have their own group,
 * {@code /actuator/health/dependencies}, for alarms and humans.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

	/** The contributors the root status is made of: Boot's availability states. */
	static final Set<String> ROOT_MEMBERS = Set.of("livenessState", "readinessState");

	@Bean
	StorageRootHealthIndicator storageRoot(StorageProperties storage) {
		return new StorageRootHealthIndicator(storage);
	}

	/**
	 * Boot makes every contributor a member of the root group and has no property to
	 * narrow it; this narrows it to the availability states and leaves the named groups
	 * as configured.
	 */
	@Bean
	static HealthEndpointGroupsPostProcessor availabilityOnlyRootHealth() {
		return (groups) -> {
			var named = new LinkedHashMap<String, HealthEndpointGroup>();
			groups.getNames().forEach((name) -> named.put(name, groups.get(name)));
			return HealthEndpointGroups.of(new AvailabilityOnlyGroup(groups.getPrimary()), named);
		};
	}

	private record AvailabilityOnlyGroup(HealthEndpointGroup delegate) implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			return ROOT_MEMBERS.contains(name) && this.delegate.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return this.delegate.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return this.delegate.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return this.delegate.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return this.delegate.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return this.delegate.getAdditionalPath();
		}

	}

}
