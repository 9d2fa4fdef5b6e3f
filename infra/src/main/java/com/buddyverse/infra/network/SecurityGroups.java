package com.buddyverse.infra.network;

import java.util.Optional;

import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.config.Suppress;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.NatInstanceProviderV2;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.constructs.Construct;

/**
 * Every security group and every rule of the brief, in one place. Nothing allows all
 * outbound traffic: each tier may only reach the next one, and the web tier (and the
 * bastion) may reach AWS APIs on 443 through NAT. Keeping all groups in the network stack
 * also keeps cross-stack references one-way: the data and web stacks only attach these
 * groups, they never add rules to them.
 */
public class SecurityGroups extends Construct {

    public static final int HTTP = 80;

    public static final int HTTPS = 443;

    public static final int NFS = 2049;

    public static final int MYSQL = 3306;

    private final SecurityGroup alb;

    private final SecurityGroup web;

    private final SecurityGroup efs;

    private final SecurityGroup db;

    private final SecurityGroup admin;

    public SecurityGroups(Construct scope, String id, IVpc vpc, boolean bastion, NatInstanceProviderV2 natInstances,
            Naming naming) {
        super(scope, id);
        this.alb = group(vpc, "alb", "ALB: HTTP and HTTPS from anywhere; HTTP to the web tier", naming);
        this.web = group(vpc, "web", "Web instances: HTTP from the ALB only", naming);
        this.efs = group(vpc, "efs", "EFS mount targets: NFS from the web tier only", naming);
        this.db = group(vpc, "db", "RDS MySQL: 3306 from the web tier (and the bastion) only", naming);

        this.alb.addIngressRule(Peer.anyIpv4(), Port.tcp(HTTP), "HTTP from anywhere, redirected to HTTPS");
        this.alb.addIngressRule(Peer.anyIpv4(), Port.tcp(HTTPS), "HTTPS from anywhere");
        this.alb.addEgressRule(this.web, Port.tcp(HTTP), "Requests and health checks to the web tier");

        Suppress.on(this.alb,
                Suppress.rule("AwsSolutions-EC23",
                        "The public website: the internet-facing ALB must accept 80 (redirect) and 443 from anyone;"
                                + " no other port is open and nothing else has a public ingress."));

        this.web.addIngressRule(this.alb, Port.tcp(HTTP), "HTTP from the ALB only");
        this.web.addEgressRule(this.efs, Port.tcp(NFS), "NFS over TLS to EFS");
        this.web.addEgressRule(this.db, Port.tcp(MYSQL), "MySQL to the primary and the replica");
        this.web.addEgressRule(Peer.anyIpv4(), Port.tcp(HTTPS),
                "AWS APIs through NAT: SSM, Secrets Manager, CloudWatch, CloudFormation");

        this.efs.addIngressRule(this.web, Port.tcp(NFS), "NFS from the web tier");
        this.db.addIngressRule(this.web, Port.tcp(MYSQL), "MySQL from the web tier");

        if (bastion) {
            this.admin = group(vpc, "admin", "Bastion: no inbound at all (reached through SSM Session Manager)",
                    naming);
            this.admin.addEgressRule(Peer.anyIpv4(), Port.tcp(HTTPS), "SSM Session Manager and AWS APIs");
            this.admin.addEgressRule(this.db, Port.tcp(MYSQL), "MySQL to RDS for administration");
            this.db.addIngressRule(this.admin, Port.tcp(MYSQL), "MySQL from the bastion");
        }
        else {
            this.admin = null;
        }

        if (natInstances != null) {
            var nat = natInstances.getSecurityGroup();
            naming.tagName(nat, "nat");
            nat.addIngressRule(this.web, Port.tcp(HTTPS), "HTTPS from the web tier, to be forwarded");
            nat.addEgressRule(Peer.anyIpv4(), Port.tcp(HTTPS), "Forwarded HTTPS to AWS APIs");
        }
    }

    private SecurityGroup group(IVpc vpc, String name, String description, Naming naming) {
        var group = SecurityGroup.Builder.create(this, capitalize(name))
            .vpc(vpc)
            .description(description)
            .allowAllOutbound(false)
            .build();
        naming.tagName(group, name + "-sg");
        return group;
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public SecurityGroup alb() {
        return this.alb;
    }

    public SecurityGroup web() {
        return this.web;
    }

    public SecurityGroup efs() {
        return this.efs;
    }

    public SecurityGroup db() {
        return this.db;
    }

    /** The bastion's group, when the bastion is enabled. */
    public Optional<SecurityGroup> admin() {
        return Optional.ofNullable(this.admin);
    }

}
