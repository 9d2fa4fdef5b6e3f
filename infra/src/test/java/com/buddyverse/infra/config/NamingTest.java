package com.buddyverse.infra.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NamingTest {

    private final Naming naming = new Naming("prod");

    @Test
    void namesAreBuddyEnvName() {
        assertThat(this.naming.name("web")).isEqualTo("buddy-prod-web");
        assertThat(this.naming.name("db-replica")).isEqualTo("buddy-prod-db-replica");
    }

    @Test
    void rejectsNamesThatWouldBreakTheScheme() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.naming.name("Web"));
        assertThatIllegalArgumentException().isThrownBy(() -> this.naming.name("web-"));
        assertThatIllegalArgumentException().isThrownBy(() -> this.naming.name(""));
    }

}
