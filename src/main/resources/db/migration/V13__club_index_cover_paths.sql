-- The media sweep asks which cover files (and their thumbnails) clubs still refer to.
CREATE INDEX ix_club_cover_path ON club (cover_path);
CREATE INDEX ix_club_cover_thumbnail_path ON club (cover_thumbnail_path);
