package com.buddyverse.infra.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.config.Suppress;
import io.github.cdklabs.cdknag.NagPackSuppression;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.CaCertificate;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.CredentialsBaseOptions;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseInstanceReadReplica;
import software.amazon.awscdk.services.rds.IInstanceEngine;
import software.amazon.awscdk.services.rds.MySqlInstanceEngineProps;
import software.amazon.awscdk.services.rds.MysqlEngineVersion;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.rds.SubnetGroup;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * RDS MySQL: the primary in AZ a and a read replica in AZ c, in the db-private subnets,
 * utf8mb4 end to end, encrypted, credentials generated into Secrets Manager.
 */
public class Database extends Construct {

    public static final String DATABASE_NAME = "buddyverse";

    public static final String USERNAME = "buddyverse";

    public static final int PORT = 3306;

    /**
     * A full version: upgrades are a reviewed code change, never a surprise (see
     * autoMinorVersionUpgrade).
     */
    public static final MysqlEngineVersion ENGINE_VERSION = MysqlEngineVersion.VER_8_4_10;

    /** The seed's character set settings: Korean text and emoji must round-trip. */
    public static final Map<String, String> UTF8MB4_PARAMETERS;

    static {
        var parameters = new LinkedHashMap<String, String>();
        for (var name : List.of("character_set_server", "character_set_client", "character_set_connection",
                "character_set_database", "character_set_results")) {
            parameters.put(name, "utf8mb4");
        }
        parameters.put("collation_server", "utf8mb4_unicode_ci");
        parameters.put("collation_connection", "utf8mb4_unicode_ci");
        UTF8MB4_PARAMETERS = Map.copyOf(parameters);
    }

    /**
     * Characters the generated password never contains. The password travels through a
     * systemd EnvironmentFile and a JDBC connection, where quotes, spaces, '$', '%', '#',
     * '\' and friends need escaping.
     */
    static final String PASSWORD_EXCLUDED_CHARACTERS = " %+~`#$&*()|[]{}:;<>?!'/@\"\\=,";

    private static final List<String> LOG_EXPORTS = List.of("error", "slowquery");

    private final DatabaseInstance primary;

    private final DatabaseInstanceReadReplica replica;

    public Database(Construct scope, String id, BuddyConfig config, Naming naming, IVpc vpc,
            ISecurityGroup securityGroup) {
        super(scope, id);
        IInstanceEngine engine = DatabaseInstanceEngine
            .mysql(MySqlInstanceEngineProps.builder().version(ENGINE_VERSION).build());
        var parameters = new LinkedHashMap<String, String>(UTF8MB4_PARAMETERS);
        parameters.put("slow_query_log", "1");
        parameters.put("long_query_time", "1");
        var parameterGroup = ParameterGroup.Builder.create(this, "Parameters")
            .engine(engine)
            .description("BuddyVerse MySQL: utf8mb4 / utf8mb4_unicode_ci, slow query log")
            .parameters(parameters)
            .build();
        var subnetGroup = SubnetGroup.Builder.create(this, "SubnetGroup")
            .vpc(vpc)
            .vpcSubnets(SubnetSelection.builder().subnetGroupName("db-private").build())
            .description("BuddyVerse db-private subnets (172.31.12.0/24, 172.31.22.0/24)")
            .build();
        naming.tagName(subnetGroup, "db-subnets");
        Suppress.acknowledgeImportedSubnets(subnetGroup);
        var monitoringRole = Role.Builder.create(this, "MonitoringRole")
            .assumedBy(new ServicePrincipal("monitoring.rds.amazonaws.com"))
            .description("RDS enhanced monitoring for buddy-" + config.envName())
            .managedPolicies(
                    List.of(ManagedPolicy.fromAwsManagedPolicyName("service-role/AmazonRDSEnhancedMonitoringRole")))
            .build();
        var instanceType = new InstanceType(config.dbInstanceType().substring("db.".length()));
        var primaryId = naming.name("db");
        var replicaId = naming.name("db-replica");

        this.primary = DatabaseInstance.Builder.create(this, "Primary")
            .instanceIdentifier(primaryId)
            .engine(engine)
            .instanceType(instanceType)
            .vpc(vpc)
            .subnetGroup(subnetGroup)
            .securityGroups(List.of(securityGroup))
            .publiclyAccessible(false)
            .port(PORT)
            // Multi-AZ places the standby itself; a fixed AZ is only allowed without it.
            .multiAz(config.multiAz())
            .availabilityZone(config.multiAz() ? null : BuddyConfig.AVAILABILITY_ZONES.get(0))
            .databaseName(DATABASE_NAME)
            .credentials(Credentials.fromGeneratedSecret(USERNAME,
                    CredentialsBaseOptions.builder()
                        .secretName(naming.name("db-credentials"))
                        .excludeCharacters(PASSWORD_EXCLUDED_CHARACTERS)
                        .build()))
            .parameterGroup(parameterGroup)
            .storageType(StorageType.GP3)
            .allocatedStorage(20)
            .maxAllocatedStorage(100)
            .storageEncrypted(true)
            .caCertificate(CaCertificate.RDS_CA_RSA2048_G1)
            .iamAuthentication(true)
            .backupRetention(Duration.days(7))
            // 03:00-04:00 and Sunday 04:30-05:30 in Seoul (UTC+9), the quietest hours of
            // a Korean community.
            .preferredBackupWindow("18:00-19:00")
            .preferredMaintenanceWindow("sat:19:30-sat:20:30")
            .autoMinorVersionUpgrade(false)
            .copyTagsToSnapshot(true)
            .deletionProtection(config.deletionProtection())
            .removalPolicy(config.snapshotOnDelete() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY)
            .monitoringInterval(Duration.seconds(60))
            .monitoringRole(monitoringRole)
            .cloudwatchLogsExports(LOG_EXPORTS)
            .build();
        naming.tagName(this.primary, "db");

        this.replica = DatabaseInstanceReadReplica.Builder.create(this, "Replica")
            .instanceIdentifier(replicaId)
            .sourceDatabaseInstance(this.primary)
            .instanceType(instanceType)
            .vpc(vpc)
            .subnetGroup(subnetGroup)
            .securityGroups(List.of(securityGroup))
            .publiclyAccessible(false)
            .port(PORT)
            .availabilityZone(BuddyConfig.AVAILABILITY_ZONES.get(1))
            .parameterGroup(parameterGroup)
            // Encryption is inherited from the primary (CloudFormation rejects it on a
            // replica).
            .storageType(StorageType.GP3)
            .caCertificate(CaCertificate.RDS_CA_RSA2048_G1)
            .iamAuthentication(true)
            .autoMinorVersionUpgrade(false)
            .preferredMaintenanceWindow("sat:20:30-sat:21:30")
            .deletionProtection(config.deletionProtection())
            // The replica holds nothing the primary's snapshots and backups do not.
            .removalPolicy(RemovalPolicy.DESTROY)
            .monitoringInterval(Duration.seconds(60))
            .monitoringRole(monitoringRole)
            .cloudwatchLogsExports(LOG_EXPORTS)
            .build();
        naming.tagName(this.replica, "db-replica");

        // RDS creates its export log groups on first write with no retention; owning them
        // sets one.
        for (var instanceId : List.of(primaryId, replicaId)) {
            for (var log : LOG_EXPORTS) {
                var logGroup = LogGroup.Builder.create(this, instanceId + "-" + log)
                    .logGroupName("/aws/rds/instance/" + instanceId + "/" + log)
                    .retention(RetentionDays.ONE_MONTH)
                    .removalPolicy(RemovalPolicy.DESTROY)
                    .build();
                (instanceId.equals(primaryId) ? this.primary : this.replica).getNode().addDependency(logGroup);
            }
        }

        var suppressions = new ArrayList<>(List.of(
                Suppress.rule("AwsSolutions-IAM4",
                        "AmazonRDSEnhancedMonitoringRole is the AWS-maintained policy for enhanced monitoring and"
                                + " grants only writing the RDSOSMetrics log group.",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"),
                Suppress.rule("AwsSolutions-RDS11",
                        "3306 is reachable only from the web (and bastion) security groups inside isolated subnets;"
                                + " a non-standard port adds no protection and breaks the app's and tools' defaults."),
                Suppress.rule("AwsSolutions-SMG4",
                        "Instances read the credentials once at boot into their environment file; rotating them"
                                + " under running instances would cut the app off from the database. Rotate by"
                                + " updating the secret and rolling the group (instance refresh) instead.")));
        if (!config.multiAz()) {
            suppressions.add(Suppress.rule("AwsSolutions-RDS3",
                    "As designed: the primary runs in AZ a and a read replica in AZ c, which can be promoted."
                            + " A synchronous Multi-AZ standby is the multiAz context switch (off by default for cost)."));
        }
        if (!config.deletionProtection()) {
            suppressions.add(Suppress.rule("AwsSolutions-RDS10",
                    "Deletion protection was turned off explicitly with deletionProtection=false, for a disposable"
                            + " environment; it is on by default."));
        }
        Suppress.on(this, suppressions.toArray(NagPackSuppression[]::new));
        Suppress.on(this.replica,
                Suppress.rule("AwsSolutions-RDS3",
                        "The replica is itself the copy in the second AZ; the app falls back to the primary when it"
                                + " is gone, so a Multi-AZ replica would double its cost for no availability gain."),
                Suppress.rule("AwsSolutions-RDS2",
                        "The replica is encrypted: RDS creates it with the encrypted primary's key, and CloudFormation"
                                + " rejects StorageEncrypted on a replica, which is all this rule looks at."),
                Suppress.rule("AwsSolutions-RDS13",
                        "Backups are taken from the primary (7 days, point in time); the replica is rebuilt from it."));
    }

    public DatabaseInstance primary() {
        return this.primary;
    }

    public DatabaseInstanceReadReplica replica() {
        return this.replica;
    }

    public ISecret credentials() {
        return this.primary.getSecret();
    }

}
