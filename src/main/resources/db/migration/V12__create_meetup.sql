CREATE TABLE meetup (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    host_id        BIGINT       NOT NULL,
    title          VARCHAR(100) NOT NULL,
    description    TEXT         NOT NULL,
    place          VARCHAR(100) NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    capacity       INT          NOT NULL,
    -- Seats taken, the host's included; only ever changed by a guarded UPDATE so that the
    -- last seat goes to exactly one member, whichever instance serves them.
    attendee_count INT          NOT NULL DEFAULT 0,
    cancelled_at   DATETIME(6),
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meetup_host FOREIGN KEY (host_id) REFERENCES member (id),
    CONSTRAINT ck_meetup_capacity CHECK (capacity BETWEEN 2 AND 100),
    CONSTRAINT ck_meetup_seats CHECK (attendee_count BETWEEN 0 AND capacity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Upcoming meetups, soonest first (list and home page).
CREATE INDEX ix_meetup_upcoming ON meetup (starts_at, id);
CREATE INDEX ix_meetup_host ON meetup (host_id, id);

CREATE TABLE meetup_attendee (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    meetup_id BIGINT      NOT NULL,
    member_id BIGINT      NOT NULL,
    joined_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meetup_attendee_meetup FOREIGN KEY (meetup_id) REFERENCES meetup (id) ON DELETE CASCADE,
    CONSTRAINT fk_meetup_attendee_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uk_meetup_attendee UNIQUE (meetup_id, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_meetup_attendee_member ON meetup_attendee (member_id, meetup_id);
