package com.buddyverse.cluster;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class the shared {@link LocalCluster}, with both instances serving when
 * the class starts (a previous class may have stopped one); skips the class when the
 * tools are missing.
 */
class ClusterExtension implements BeforeAllCallback, ParameterResolver {

	@Override
	public void beforeAll(ExtensionContext context) {
		ClusterTools.require(ClusterTools.CLUSTER);
		LocalCluster.get().ensureBothInstancesServing();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == LocalCluster.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return LocalCluster.get();
	}

}
