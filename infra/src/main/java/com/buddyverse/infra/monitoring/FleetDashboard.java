package com.buddyverse.infra.monitoring;

import java.util.List;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.HorizontalAnnotation;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.TextWidget;
import software.constructs.Construct;

/**
 * One dashboard, top to bottom as a request travels: ALB, instances, app, database,
 * files.
 */
class FleetDashboard extends Construct {

    private static final int WIDTH = 8;

    private static final int HEIGHT = 6;

    FleetDashboard(Construct scope, String id, Naming naming, BuddyConfig config, FleetMetrics metrics) {
        super(scope, id);
        var efsIo = metrics.efs("PercentIOLimit", "Maximum");
        var efsCredits = metrics.efs("BurstCreditBalance", "Minimum");
        List<List<IWidget>> rows = List.of(
                List.of(TextWidget.Builder.create()
                    .markdown("# BuddyVerse " + config.envName() + "\nhttps://" + config.domainName() + " · ALB → "
                            + metrics.groupName() + " (" + config.capacity().min() + ".." + config.capacity().max()
                            + ", CPU target " + config.cpuTarget() + "%) → RDS MySQL primary + replica, EFS /mnt/efs")
                    .width(24)
                    .height(2)
                    .build()),
                List.of(graph("ALB requests / min", List.of(metrics.requests()), List.of()),
                        graph("5xx / min", List.of(metrics.target5xx(), metrics.elb5xx()), List.of()),
                        graph("Target response time (s)",
                                List.of(metrics.responseTime("p50"), metrics.responseTime("p95"),
                                        metrics.responseTime("p99")),
                                List.of())),
                List.of(graph("Healthy / unhealthy targets",
                        List.of(metrics.healthyHosts(), metrics.unhealthyHosts(), metrics.inServiceInstances()),
                        List.of()),
                        graphWithLine("CPU per instance (%)", List.of(metrics.cpuPerInstance(), metrics.fleetCpu()),
                                config.cpuTarget(), "scaling target"),
                        graph("Memory per instance (%)", List.of(metrics.memoryPerInstance()), List.of())),
                List.of(graph("App: requests (BuddyVerse namespace)", List.of(metrics.appMetrics()), List.of()),
                        graph("RDS CPU (%)", List.of(metrics.primaryCpu(), metrics.replicaCpu()), List.of()),
                        graph("RDS connections", List.of(metrics.primaryConnections(), metrics.replicaConnections()),
                                List.of())),
                List.of(graphWithLine("Replica lag (s)", List.of(metrics.replicaLag()), 60, "alarm"),
                        graph("RDS free storage (bytes)", List.of(metrics.primaryFreeStorage()), List.of()),
                        graph("EFS I/O limit % and burst credits", List.of(efsIo), List.of(efsCredits))));
        var dashboard = Dashboard.Builder.create(this, "Dashboard")
            .dashboardName(naming.name("dashboard"))
            .defaultInterval(Duration.hours(3))
            .build();
        rows.forEach(row -> dashboard.addWidgets(row.toArray(IWidget[]::new)));
    }

    private static GraphWidget graph(String title, List<IMetric> left, List<IMetric> right) {
        return GraphWidget.Builder.create().title(title).left(left).right(right).width(WIDTH).height(HEIGHT).build();
    }

    private static GraphWidget graphWithLine(String title, List<IMetric> left, double value, String label) {
        return GraphWidget.Builder.create()
            .title(title)
            .left(left)
            .leftAnnotations(List.of(HorizontalAnnotation.builder().value(value).label(label).build()))
            .width(WIDTH)
            .height(HEIGHT)
            .build();
    }

}
