-- The media sweep asks which thumbnails rows still refer to; storage_path is already
-- indexed by its unique key.
CREATE INDEX ix_review_photo_thumbnail_path ON review_photo (thumbnail_path);
