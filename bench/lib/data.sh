# The data generator: fills the primary's buddyverse schema (created by the app's
# Flyway migrations) with batched INSERT ... SELECT over MariaDB's SEQUENCE engine
# (seq_1_to_N), in chunks so progress shows. The session logs statements, not rows,
# so the replica replays a few hundred short statements instead of millions of row
# events and ends with identical data. Everything is deterministic: ids are explicit,
# "random" choices are arithmetic on the sequence number. Sourced by run.sh.
# shellcheck shell=bash

# What the generated rows look like for the pages measured (set by plan_data).
bench_post_id=
bench_review_id=
deep_page=

readonly GENERATOR_SESSION="SET SESSION binlog_format = 'STATEMENT'; SET SESSION foreign_key_checks = 0;
SET SESSION unique_checks = 0; SET SESSION sql_log_bin = 1; SET SESSION time_zone = '+00:00';"
# A bcrypt-shaped hash no password matches: generated members never log in.
# shellcheck disable=SC2016
readonly MEMBER_HASH='{bcrypt}$2a$10$benchmarkmembershavenousablepasswordxxxxxxxxxxxxxxxxxx'

plan_data() {
	bench_post_id=$((DATA_POSTS / 2))
	bench_review_id=$((DATA_REVIEWS / 2))
	deep_page=$(((DATA_POSTS + 19) / 20))
}

gen_sql() {
	{
		echo "${GENERATOR_SESSION}"
		cat
	} | sql primary buddyverse 2>&1 | { grep -v 'Unsafe statement\|^Level\|1592' || true; }
}

generate_members() {
	gen_sql <<SQL
INSERT INTO member (id, username, email, display_name, password_hash, created_at)
SELECT seq, CONCAT('member', seq), CONCAT('member', seq, '@bench.buddyverse.link'), CONCAT('버디', seq, '🙂'),
       '${MEMBER_HASH}', TIMESTAMP('2024-01-01') + INTERVAL seq MINUTE
FROM seq_1_to_${DATA_MEMBERS} ORDER BY seq;
SQL
}

# generate_posts FIRST LAST: posts FIRST..LAST with 3 comments each (the bench post 20).
generate_posts() {
	local first=$1 last=$2
	gen_sql <<SQL
INSERT INTO post (id, author_id, title, content, comment_count, created_at, updated_at)
SELECT seq, 1 + (seq * 7919) % ${DATA_MEMBERS}, CONCAT('버디 게시글 #', seq, ' 오늘의 취미 이야기 🎨'),
       CONCAT(REPEAT('주말 취미 모임에서 만난 사람들과 즐거운 시간을 보냈어요. ', 8), seq),
       IF(seq = ${bench_post_id}, 20, 3),
       TIMESTAMP('2024-01-01') + INTERVAL seq * 20 SECOND, TIMESTAMP('2024-01-01') + INTERVAL seq * 20 SECOND
FROM seq_${first}_to_${last} ORDER BY seq;
INSERT INTO post_comment (id, post_id, author_id, content, created_at)
SELECT seq, 1 + (seq - 1) DIV 3, 1 + (seq * 104729) % ${DATA_MEMBERS},
       CONCAT('좋은 글 감사합니다! 다음 모임도 기대돼요 👍 #', seq),
       TIMESTAMP('2024-01-01') + INTERVAL (1 + (seq - 1) DIV 3) * 20 + seq % 3 + 1 SECOND
FROM seq_$((first * 3 - 2))_to_$((last * 3)) ORDER BY seq;
SQL
}

# The 17 more comments that give the bench post its 20, ids after all the others.
generate_bench_comments() {
	gen_sql <<SQL
INSERT INTO post_comment (id, post_id, author_id, content, created_at)
SELECT ${DATA_POSTS} * 3 + seq, ${bench_post_id}, 1 + seq * 13 % ${DATA_MEMBERS},
       CONCAT('스무 개 댓글 중 하나: 정말 멋진 모임이네요 🎉 ', seq),
       TIMESTAMP('2024-01-01') + INTERVAL ${bench_post_id} * 20 + 3 + seq SECOND
FROM seq_1_to_17 ORDER BY seq;
SQL
}

# generate_reviews FIRST LAST: reviews with two photo rows each; the bench review has
# three whose files exist under media/review/bench/.
generate_reviews() {
	local first=$1 last=$2
	gen_sql <<SQL
INSERT INTO review (id, author_id, title, content, rating, created_at, updated_at)
SELECT seq, 1 + (seq * 6007) % ${DATA_MEMBERS}, CONCAT('모임 후기 #', seq, ' 최고의 하루 ⭐'),
       CONCAT(REPEAT('사진과 함께 남기는 후기입니다. 분위기가 정말 좋았어요. ', 6), seq), 1 + seq % 5,
       TIMESTAMP('2024-01-01') + INTERVAL seq * 200 SECOND, TIMESTAMP('2024-01-01') + INTERVAL seq * 200 SECOND
FROM seq_${first}_to_${last} ORDER BY seq;
INSERT INTO review_photo (id, review_id, position, storage_path, thumbnail_path, original_name, content_type,
       size_bytes, width, height)
SELECT seq, 1 + (seq - 1) DIV 2, (seq - 1) % 2,
       CONCAT('review/2024/01/01/gen', seq, '.jpg'), CONCAT('review/2024/01/01/gen', seq, '_thumb.jpg'),
       CONCAT('사진', seq, '.jpg'), 'image/jpeg', 65536, 1024, 768
FROM seq_$((first * 2 - 1))_to_$((last * 2)) WHERE 1 + (seq - 1) DIV 2 <> ${bench_review_id} ORDER BY seq;
SQL
}

generate_bench_photos() {
	gen_sql <<SQL
INSERT INTO review_photo (id, review_id, position, storage_path, thumbnail_path, original_name, content_type,
       size_bytes, width, height)
SELECT ${DATA_REVIEWS} * 2 + seq, ${bench_review_id}, seq - 1, CONCAT('review/bench/photo', seq, '.jpg'),
       CONCAT('review/bench/photo', seq, '_thumb.jpg'), CONCAT('벤치 사진 ', seq, '.jpg'), 'image/jpeg',
       65536, 1024, 768
FROM seq_1_to_3 ORDER BY seq;
SQL
}

# Clubs, each with its owner and four more members (member_count 5), names unique.
generate_clubs() {
	gen_sql <<SQL
INSERT INTO club (id, owner_id, name, category, description, member_count, created_at, updated_at)
SELECT seq, 1 + (seq * 4001) % ${DATA_MEMBERS}, CONCAT('버디 클럽 ', seq, ' ⛰️'),
       ELT(1 + seq % 8, 'OUTDOOR', 'SPORTS', 'FOOD', 'CULTURE', 'STUDY', 'GAMES', 'TRAVEL', 'OTHER'),
       CONCAT(REPEAT('같은 취미를 가진 사람들이 모이는 클럽입니다. ', 4), seq), 5,
       TIMESTAMP('2024-01-01') + INTERVAL seq HOUR, TIMESTAMP('2024-01-01') + INTERVAL seq HOUR
FROM seq_1_to_${DATA_CLUBS} ORDER BY seq;
INSERT INTO club_member (id, club_id, member_id, joined_at)
SELECT seq, 1 + (seq - 1) DIV 5, 1 + ((1 + (seq - 1) DIV 5) * 4001 + ((seq - 1) % 5) * 97) % ${DATA_MEMBERS},
       TIMESTAMP('2024-01-01') + INTERVAL (1 + (seq - 1) DIV 5) HOUR + INTERVAL seq SECOND
FROM seq_1_to_$((DATA_CLUBS * 5)) ORDER BY seq;
SQL
}

# Meetups, half of them past, half upcoming, each with its host and two more attendees.
generate_meetups() {
	gen_sql <<SQL
INSERT INTO meetup (id, host_id, title, description, place, starts_at, capacity, attendee_count, created_at,
       updated_at)
SELECT seq, 1 + (seq * 3001) % ${DATA_MEMBERS}, CONCAT('주말 소셜링 #', seq, ' 🍜'),
       CONCAT(REPEAT('함께 맛집을 탐방하고 이야기 나눠요. ', 4), seq), CONCAT('서울 모임 장소 ', seq % 50),
       UTC_TIMESTAMP() + INTERVAL (CAST(seq AS SIGNED) - ${DATA_MEETUPS} DIV 2) * 6 HOUR, 10, 3,
       TIMESTAMP('2024-01-01') + INTERVAL seq HOUR, TIMESTAMP('2024-01-01') + INTERVAL seq HOUR
FROM seq_1_to_${DATA_MEETUPS} ORDER BY seq;
INSERT INTO meetup_attendee (id, meetup_id, member_id, joined_at)
SELECT seq, 1 + (seq - 1) DIV 3, 1 + ((1 + (seq - 1) DIV 3) * 3001 + ((seq - 1) % 3) * 89) % ${DATA_MEMBERS},
       TIMESTAMP('2024-01-01') + INTERVAL (1 + (seq - 1) DIV 3) HOUR + INTERVAL seq SECOND
FROM seq_1_to_$((DATA_MEETUPS * 3)) ORDER BY seq;
SQL
}

# generate_data [STOP_AFTER_POSTS CALLBACK]: everything in the preset; if given, CALLBACK
# runs once when STOP_AFTER_POSTS posts exist (the cost-growth measurement at 10k posts).
generate_data() {
	local stop_after=${1:-0} callback=${2:-} chunk=50000 first last started
	started=$(now_ms)
	plan_data
	log "data: ${DATA_MEMBERS} members"
	generate_members
	first=1
	while ((first <= DATA_POSTS)); do
		last=$((first + chunk - 1))
		((stop_after > 0 && first <= stop_after && last > stop_after)) && last=${stop_after}
		((last > DATA_POSTS)) && last=${DATA_POSTS}
		generate_posts "${first}" "${last}"
		log "data: posts ${last}/${DATA_POSTS}, comments $((last * 3))/$((DATA_POSTS * 3))"
		if ((last == stop_after)) && [[ -n ${callback} ]]; then
			await_replica 600
			"${callback}"
		fi
		first=$((last + 1))
	done
	generate_bench_comments
	first=1
	while ((first <= DATA_REVIEWS)); do
		last=$((first + chunk - 1))
		((last > DATA_REVIEWS)) && last=${DATA_REVIEWS}
		generate_reviews "${first}" "${last}"
		log "data: reviews ${last}/${DATA_REVIEWS} with photo rows"
		first=$((last + 1))
	done
	generate_bench_photos
	generate_clubs
	generate_meetups
	log "data: ${DATA_CLUBS} clubs, ${DATA_MEETUPS} meetups"
	log "data: waiting for the replica to apply it all"
	await_replica 1800
	sql primary buddyverse -e "ANALYZE TABLE member, post, post_comment, review, review_photo, club, club_member, meetup,
		meetup_attendee" >/dev/null
	await_replica 120
	data_seconds=$((($(now_ms) - started) / 1000))
	log "data: done in ${data_seconds} s"
}
