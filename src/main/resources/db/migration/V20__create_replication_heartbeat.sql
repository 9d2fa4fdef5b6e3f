-- Replica lag, measured in the manner of pt-heartbeat: every instance stamps this row on the
-- primary a few times a second, and the age of the stamp the replica shows is its lag. Works the
-- same on RDS MySQL and MariaDB, needs no privilege beyond the app's own tables.
CREATE TABLE replication_heartbeat (
    id      TINYINT UNSIGNED NOT NULL,
    beat_at TIMESTAMP(6)     NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO replication_heartbeat (id, beat_at) VALUES (1, CURRENT_TIMESTAMP(6));
