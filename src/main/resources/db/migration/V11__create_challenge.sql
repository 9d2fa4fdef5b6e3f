CREATE TABLE challenge (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id          BIGINT       NOT NULL,
    title             VARCHAR(100) NOT NULL,
    description       TEXT         NOT NULL,
    -- Calendar days in Asia/Seoul, both inclusive.
    start_date        DATE         NOT NULL,
    end_date          DATE         NOT NULL,
    participant_count INT          NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_challenge_owner FOREIGN KEY (owner_id) REFERENCES member (id),
    CONSTRAINT ck_challenge_period CHECK (end_date > start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_challenge_owner ON challenge (owner_id, id);
-- Challenges still running or about to start (home page, demo data).
CREATE INDEX ix_challenge_end ON challenge (end_date, start_date);

CREATE TABLE challenge_participant (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    challenge_id   BIGINT      NOT NULL,
    member_id      BIGINT      NOT NULL,
    check_in_count INT         NOT NULL DEFAULT 0,
    joined_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_challenge_participant_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_challenge_participant_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uk_challenge_participant UNIQUE (challenge_id, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The leaderboard: participants of one challenge by check-ins.
CREATE INDEX ix_challenge_participant_board ON challenge_participant (challenge_id, check_in_count, id);
CREATE INDEX ix_challenge_participant_member ON challenge_participant (member_id, challenge_id);

CREATE TABLE challenge_check_in (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    challenge_id  BIGINT      NOT NULL,
    member_id     BIGINT      NOT NULL,
    check_in_date DATE        NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_challenge_check_in_participant FOREIGN KEY (challenge_id, member_id)
        REFERENCES challenge_participant (challenge_id, member_id) ON DELETE CASCADE,
    -- At most one check-in per participant per day, whatever instance takes the request.
    CONSTRAINT uk_challenge_check_in_day UNIQUE (challenge_id, member_id, check_in_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
