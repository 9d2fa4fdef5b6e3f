CREATE TABLE review (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    author_id  BIGINT       NOT NULL,
    title      VARCHAR(100) NOT NULL,
    content    TEXT         NOT NULL,
    rating     TINYINT      NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_author FOREIGN KEY (author_id) REFERENCES member (id),
    CONSTRAINT ck_review_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_author ON review (author_id, id);

CREATE TABLE review_photo (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    review_id      BIGINT       NOT NULL,
    position       INT          NOT NULL,
    storage_path   VARCHAR(255) NOT NULL,
    thumbnail_path VARCHAR(255) NOT NULL,
    original_name  VARCHAR(255) NOT NULL,
    content_type   VARCHAR(50)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    width          INT          NOT NULL,
    height         INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_photo_review FOREIGN KEY (review_id) REFERENCES review (id) ON DELETE CASCADE,
    CONSTRAINT uk_review_photo_path UNIQUE (storage_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_photo_review ON review_photo (review_id, position);
