package com.buddyverse.infra.web;

import java.util.List;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.LoadBalancerTarget;
import software.constructs.Construct;

/**
 * The domain: an ACM certificate for the apex and www, validated by DNS in the existing
 * hosted zone (imported by id, so synth needs no lookup), and alias records pointing both
 * names at the ALB.
 */
public class Domain extends Construct {

    private final IHostedZone zone;

    private final Certificate certificate;

    private final String domainName;

    public Domain(Construct scope, String id, BuddyConfig config, Naming naming) {
        super(scope, id);
        this.domainName = config.domainName();
        this.zone = HostedZone.fromHostedZoneAttributes(this, "Zone",
                HostedZoneAttributes.builder()
                    .hostedZoneId(config.hostedZoneId())
                    .zoneName(config.domainName())
                    .build());
        this.certificate = Certificate.Builder.create(this, "Certificate")
            .certificateName(naming.name("certificate"))
            .domainName(config.domainName())
            .subjectAlternativeNames(List.of("www." + config.domainName()))
            .validation(CertificateValidation.fromDns(this.zone))
            .build();
    }

    /**
     * Points {@code domain} and {@code www.domain} at the load balancer.
     * @param alb the load balancer
     */
    public void aliasTo(IApplicationLoadBalancer alb) {
        var target = RecordTarget.fromAlias(new LoadBalancerTarget(alb));
        ARecord.Builder.create(this, "Apex")
            .zone(this.zone)
            .target(target)
            .comment("BuddyVerse: " + this.domainName + " -> ALB")
            .build();
        ARecord.Builder.create(this, "Www")
            .zone(this.zone)
            .recordName("www")
            .target(target)
            .comment("BuddyVerse: www." + this.domainName + " -> ALB")
            .build();
    }

    public ICertificate certificate() {
        return this.certificate;
    }

}
