package com.buddyverse.infra.data;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.network.NetworkStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.efs.IFileSystem;
import software.amazon.awscdk.services.rds.IDatabaseInstance;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * The stateful layer: RDS primary + replica and EFS. Deployed once, changed rarely, never
 * casually replaced.
 */
public class DataStack extends Stack {

    /** What the web and monitoring stacks get from this one. */
    public record Outputs(IDatabaseInstance primary, IDatabaseInstance replica, ISecret credentials,
            IFileSystem files) {
    }

    private final Outputs outputs;

    public DataStack(Construct scope, String id, StackProps props, BuddyConfig config, Naming naming,
            NetworkStack.Outputs network) {
        super(scope, id, props);
        naming.applyStandardTags(this, "data");
        var groups = network.securityGroups();
        var database = new Database(this, "Database", config, naming, network.vpc(), groups.db());
        var files = new SharedFiles(this, "SharedFiles", config, naming, network.vpc(), groups.efs());
        this.outputs = new Outputs(database.primary(), database.replica(), database.credentials(), files.fileSystem());
    }

    public Outputs outputs() {
        return this.outputs;
    }

}
