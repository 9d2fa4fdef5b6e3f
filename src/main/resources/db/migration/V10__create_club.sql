CREATE TABLE club (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id             BIGINT       NOT NULL,
    name                 VARCHAR(50)  NOT NULL,
    category             VARCHAR(20)  NOT NULL,
    description          TEXT         NOT NULL,
    cover_path           VARCHAR(255),
    cover_thumbnail_path VARCHAR(255),
    member_count         INT          NOT NULL DEFAULT 0,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_club_owner FOREIGN KEY (owner_id) REFERENCES member (id),
    -- The table collation (utf8mb4_unicode_ci) makes this case-insensitive: "Hiking" = "hiking".
    CONSTRAINT uk_club_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The list filtered by category, newest first. The unfiltered list walks the primary key
-- backwards; a name search (contains) reads along it too, stopping once a page is full.
CREATE INDEX ix_club_category ON club (category, id);
-- Clubs a member owns (profile, hand-over checks).
CREATE INDEX ix_club_owner ON club (owner_id, id);

CREATE TABLE club_member (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    club_id   BIGINT      NOT NULL,
    member_id BIGINT      NOT NULL,
    joined_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_club_member_club FOREIGN KEY (club_id) REFERENCES club (id) ON DELETE CASCADE,
    CONSTRAINT fk_club_member_member FOREIGN KEY (member_id) REFERENCES member (id),
    -- Joining twice (a double click, two instances) leaves one row.
    CONSTRAINT uk_club_member UNIQUE (club_id, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The clubs a member belongs to.
CREATE INDEX ix_club_member_member ON club_member (member_id, club_id);
