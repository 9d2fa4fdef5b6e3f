package com.buddyverse.infra;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.InvalidContextException;
import software.amazon.awscdk.App;

/** Entry point of {@code cdk synth} / {@code cdk deploy} (see cdk.json). */
public final class BuddyVerseApp {

    private BuddyVerseApp() {
    }

    public static void main(String[] args) {
        var app = new App();
        BuddyConfig config;
        try {
            config = BuddyConfig.fromContext(key -> app.getNode().tryGetContext(key), System.getenv());
        }
        catch (InvalidContextException ex) {
            System.err.println(ex.getMessage());
            System.exit(1);
            return;
        }
        BuddyVerse.build(app, config);
        app.synth();
    }

}
