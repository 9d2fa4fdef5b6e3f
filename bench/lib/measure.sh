# The app, nginx, wrk and the counters: what run.sh measures with. Sourced by run.sh.
# shellcheck shell=bash

declare -A res_rps=() res_p50=() res_p99=() res_err=() res_requests=()
declare -A sql_select=() sql_questions=() sql_primary_select=()
declare -A mix_primary_select=() mix_replica_select=() mix_replica_writes=() mix_primary_writes=()
declare -A mix_session_selects=() mix_requests=() mix_reads=()
mix_local_writes_before=0
rss_load_kb=0

# --- the app --------------------------------------------------------------------------

# start_app: one instance from the packaged jar, as production starts it: the unit's
# jvm.options, the aws profile from the environment only (env -i), a t3.micro heap.
# The metrics endpoint, off in production, is opened for the routing counter
# (buddy.db.reads), which says where each read-only transaction ran and why. CloudWatch
# publishing is off: its step registry reports each counter per minute, not since the
# start, and there is no CloudWatch here anyway (the AWS SDK is also kept on this machine
# by a closed endpoint); Spring Boot's simple registry counts from the start instead.
start_app() {
	local started
	started=$(now_ms)
	(
		cd "${work}" || exit
		exec env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin HOME="${work}" LANG=C.UTF-8 \
			SPRING_PROFILES_ACTIVE=aws SERVER_PORT="${app_port}" \
			BUDDY_DB_WRITER_HOST=127.0.0.1 BUDDY_DB_READER_HOST=127.0.0.2 \
			BUDDY_DB_PORT="${db_port}" BUDDY_DB_NAME=buddyverse BUDDY_DB_USERNAME=buddyverse \
			BUDDY_DB_PASSWORD="${db_password}" BUDDY_STORAGE_ROOT="${storage}" \
			AWS_REGION=ap-northeast-2 BUDDY_INSTANCE_ID=i-0bench000000000 BUDDY_ASG_NAME=bench \
			AWS_EC2_METADATA_DISABLED=true AWS_ENDPOINT_URL=http://127.0.0.1:9 \
			AWS_ACCESS_KEY_ID=AKIABENCHNOTREAL AWS_SECRET_ACCESS_KEY=bench-not-a-secret \
			BUDDY_METRICS_CLOUDWATCH_ENABLED=false MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info,metrics \
			MANAGEMENT_ENDPOINT_METRICS_ACCESS=read-only \
			"${java}" "@${repo}/packer/files/jvm.options" "-Xmx${APP_HEAP}" \
			"-Xlog:gc:file=${work}/gc.log:uptime,level,tags" \
			-jar "${jar}"
	) >"${app_log}.json" 2>"${app_log}.err" &
	app_pid=$!
	local deadline=$(($(date +%s) + 300)) code
	while :; do
		kill -0 "${app_pid}" 2>/dev/null || {
			tail -n 30 "${app_log}.json" "${app_log}.err" >&2
			die "the app exited before it became healthy"
		}
		code=$(curl --silent --max-time 2 --output /dev/null --write-out '%{http_code}' \
			"http://127.0.0.1:${app_port}/actuator/health" || true)
		[[ ${code} == 200 ]] && break
		(($(date +%s) < deadline)) || die "no 200 from /actuator/health within 300 s"
		sleep 0.2
	done
	app_ready_ms=$(($(now_ms) - started))
}

stop_app() {
	if [[ -n ${app_pid:-} ]]; then
		kill -TERM "${app_pid}" 2>/dev/null || true
		for _ in $(seq 1 150); do
			kill -0 "${app_pid}" 2>/dev/null || break
			sleep 0.2
		done
		kill -KILL "${app_pid}" 2>/dev/null || true
		wait "${app_pid}" 2>/dev/null || true
		app_pid=
	fi
}

rss_kb() {
	awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

# --- nginx ----------------------------------------------------------------------------

# start_nginx: Debian's nginx in the foreground on its own port, serving the same
# static/ and media/ folders the app serves, with what a file server would use.
start_nginx() {
	nginx_port=$(free_port)
	mkdir -p "${work}/nginx/tmp"
	cat >"${work}/nginx/nginx.conf" <<NGINX
daemon off;
worker_processes auto;
pid ${work}/nginx/nginx.pid;
error_log ${work}/nginx/error.log warn;
events { worker_connections 1024; }
http {
	include /etc/nginx/mime.types;
	access_log off;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 1000000;
	client_body_temp_path ${work}/nginx/tmp;
	proxy_temp_path ${work}/nginx/tmp;
	fastcgi_temp_path ${work}/nginx/tmp;
	uwsgi_temp_path ${work}/nginx/tmp;
	scgi_temp_path ${work}/nginx/tmp;
	server {
		listen 127.0.0.1:${nginx_port};
		location /static/ { alias ${storage}/static/; expires 1h; }
		location /media/ { alias ${storage}/media/; expires 365d; }
	}
}
NGINX
	nginx -c "${work}/nginx/nginx.conf" -e "${work}/nginx/error.log" >"${work}/nginx/stdout.log" 2>&1 &
	nginx_pid=$!
	wait_until 30 "nginx on ${nginx_port}" curl --silent --fail --max-time 2 --output /dev/null \
		"http://127.0.0.1:${nginx_port}${static_path}"
	log "nginx on 127.0.0.1:${nginx_port}"
}

stop_nginx() {
	if [[ -n ${nginx_pid:-} ]]; then
		kill -TERM "${nginx_pid}" 2>/dev/null || true
		for _ in $(seq 1 50); do
			kill -0 "${nginx_pid}" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL "${nginx_pid}" 2>/dev/null || true
		wait "${nginx_pid}" 2>/dev/null || true
		nginx_pid=
	fi
}

# --- logging in -----------------------------------------------------------------------

# csrf_of FILE: the _csrf hidden field of a saved page.
csrf_of() {
	sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$1" | head -n 1
}

# url_encode TEXT: TEXT as a form value (a CSRF token is Base64 and may hold + / =).
url_encode() {
	local text=$1 i char out=
	for ((i = 0; i < ${#text}; i++)); do
		char=${text:i:1}
		case ${char} in
			[a-zA-Z0-9._~-]) out+=${char} ;;
			*) out+=$(printf '%%%02X' "'${char}") ;;
		esac
	done
	echo "${out}"
}

# log_in_member USERNAME: signs up and logs in over HTTP like a member (the generated
# members have no usable password); sets member_cookie and member_csrf (URL-encoded).
log_in_member() {
	local username=$1 jar_file=${work}/cookies.txt base="http://127.0.0.1:${app_port}" code token
	local password=BenchPassw0rd!
	rm -f "${jar_file}"
	curl --silent --max-time 60 -c "${jar_file}" -b "${jar_file}" -o "${work}/signup.html" "${base}/signup"
	token=$(csrf_of "${work}/signup.html")
	[[ -n ${token} ]] || die "no CSRF token on /signup"
	code=$(curl --silent --max-time 60 -c "${jar_file}" -b "${jar_file}" -o /dev/null -w '%{http_code}' \
		--data-urlencode "username=${username}" --data-urlencode "email=${username}@bench.buddyverse.link" \
		--data-urlencode displayName=벤치사용자 --data-urlencode "password=${password}" \
		--data-urlencode "passwordConfirm=${password}" --data-urlencode "_csrf=${token}" "${base}/signup")
	[[ ${code} == 302 ]] || die "sign-up of ${username} answered ${code}, expected 302"
	rm -f "${jar_file}"
	curl --silent --max-time 60 -c "${jar_file}" -b "${jar_file}" -o "${work}/login.html" "${base}/login"
	token=$(csrf_of "${work}/login.html")
	code=$(curl --silent --max-time 60 -c "${jar_file}" -b "${jar_file}" -o /dev/null -w '%{http_code}' \
		--data-urlencode "username=${username}" --data-urlencode "password=${password}" \
		--data-urlencode "_csrf=${token}" "${base}/login")
	[[ ${code} == 302 ]] || die "login of ${username} answered ${code}, expected 302"
	member_cookie="BUDDYSESSION=$(awk '$6 == "BUDDYSESSION" { print $7 }' "${jar_file}")"
	curl --silent --max-time 60 -b "${jar_file}" -o "${work}/new.html" "${base}/board/new"
	member_csrf=$(csrf_of "${work}/new.html")
	[[ -n ${member_csrf} && ${member_cookie} != BUDDYSESSION= ]] || die "no session or CSRF token after login"
	# mix.lua puts it into form bodies as it is.
	member_csrf=$(url_encode "${member_csrf}")
	# One comment by hand: the mix's writes must answer 302, not 403.
	code=$(curl --silent --max-time 60 -b "${jar_file}" -o /dev/null -w '%{http_code}' \
		--data-urlencode content=첫댓글 --data "_csrf=${member_csrf}" "${base}/board/1/comments")
	[[ ${code} == 302 ]] || die "a comment by ${username} answered ${code}, expected 302"
}

# log_in_bench_members: the mix's two members. The writer writes (and, for the
# read-your-writes window, would read from the primary); the reader only reads, as most
# members of a community do most of the time. One member doing both would send every
# read to the primary: a write every few requests keeps its window always open.
log_in_bench_members() {
	log_in_member benchwriter
	bench_cookie=${member_cookie} bench_csrf=${member_csrf}
	log_in_member benchreader
	bench_reader_cookie=${member_cookie}
	log "logged in benchwriter and benchreader (session cookies and CSRF token for the mix)"
}

# check_pages: every measured URL answers 200 before any figure is taken.
check_pages() {
	local page code base
	for page in "${page_order[@]}"; do
		code=$(curl --silent --max-time 30 -o /dev/null -w '%{http_code}' \
			"http://127.0.0.1:${app_port}${page_path[${page}]}")
		[[ ${code} == 200 ]] || die "${page_path[${page}]} answered ${code}"
	done
	base=$(curl --silent --max-time 30 "http://127.0.0.1:${app_port}${page_path[review]}")
	[[ $(grep -o 'class="bv-photo"' <<<"${base}" | wc -l) == 3 ]] || die "the bench review page does not show 3 photos"
	base=$(curl --silent --max-time 30 "http://127.0.0.1:${app_port}${page_path[post]}")
	[[ $(grep -o 'bv-comment' <<<"${base}" | wc -l) == 20 ]] || die "the bench post does not show 20 comments"
}

# --- wrk ------------------------------------------------------------------------------

# run_wrk NAME CONNECTIONS SECONDS SCRIPT PATH [nginx]: one wrk run (2 threads,
# --latency); results under NAME-CONNECTIONS unless NAME is a warm-up.
run_wrk() {
	local name=$1 connections=$2 seconds=$3 script=$4 path=$5 target=${6:-app}
	local port=${app_port} out result requests duration
	[[ ${target} == nginx ]] && port=${nginx_port}
	out=${work}/wrk-${name}-${connections}.txt
	[[ ${name} == *warm* ]] || log "wrk ${name}: ${connections} connections, ${seconds} s, ${path}"
	BENCH_LUA=${here}/lua BENCH_COOKIE=${bench_cookie:-} BENCH_CSRF=${bench_csrf:-} \
		BENCH_READER_COOKIE=${bench_reader_cookie:-} \
		BENCH_POSTS=${DATA_POSTS} BENCH_REVIEWS=${DATA_REVIEWS} BENCH_WARMUP_PATHS=${BENCH_WARMUP_PATHS:-/} \
		timeout $((seconds + 60)) wrk -t2 -c"${connections}" -d"${seconds}s" --timeout 10s --latency \
		-s "${here}/lua/${script}" "http://127.0.0.1:${port}${path}" >"${out}" 2>&1 \
		|| die "wrk failed: $(tail -n 5 "${out}")"
	result=$(grep '^BENCH_RESULT' "${out}") || die "no result from wrk: $(tail -n 5 "${out}")"
	[[ ${target} == nginx ]] || settle
	[[ ${name} == *warm* ]] && return 0
	local -A field=()
	local pair
	for pair in ${result#BENCH_RESULT }; do
		field[${pair%%=*}]=${pair#*=}
	done
	requests=${field[requests]}
	duration=${field[duration_us]}
	local key=${name}-${connections}
	res_requests[${key}]=${requests}
	res_rps[${key}]=$(awk -v r="${requests}" -v d="${duration}" 'BEGIN { printf "%.0f", r * 1000000 / d }')
	res_p50[${key}]=$(awk -v v="${field[p50_us]}" 'BEGIN { printf "%.1f", v / 1000 }')
	res_p99[${key}]=$(awk -v v="${field[p99_us]}" 'BEGIN { printf "%.1f", v / 1000 }')
	res_err[${key}]=${field[errors]}
	local failures
	failures=$(sed -n 's/^BENCH_FAILURES *//p' "${out}")
	[[ -n ${failures} ]] && res_err[${key}]="${field[errors]} (status ${failures// /, })"
	log "  ${res_rps[${key}]} req/s, p50 ${res_p50[${key}]} ms, p99 ${res_p99[${key}]} ms, ${res_err[${key}]} errors"
}

# questions_total: statements both servers have answered so far.
questions_total() {
	echo $(($(sql_value primary "SHOW GLOBAL STATUS LIKE 'Questions'" | cut -f2) + $(sql_value replica "SHOW GLOBAL STATUS LIKE 'Questions'" | cut -f2)))
}

# measure_idle_rate: the statements per second an idle app still causes (the replica
# heartbeat, the circuit's probe, pool keep-alives, these probes themselves), the floor
# settle compares against; the highest of three one-second samples.
measure_idle_rate() {
	local before after rate
	idle_statements_per_s=0
	for _ in 1 2 3; do
		before=$(questions_total)
		sleep 1
		after=$(questions_total)
		rate=$((after - before))
		((rate > idle_statements_per_s)) && idle_statements_per_s=${rate}
	done
	log "an idle app causes about ${idle_statements_per_s} statements/s"
}

# settle: waits (at most 180 s) until the app has worked off what the last run left
# queued: with virtual threads a request that wrk gave up on still waits for a pooled
# connection, so a backlog would otherwise spill into the next run's figures. Quiet
# means both servers saw no more than an idle app's statements for a second.
settle() {
	local deadline=$(($(date +%s) + 180)) before after
	while :; do
		before=$(questions_total)
		sleep 1
		after=$(questions_total)
		((after - before <= ${idle_statements_per_s:-0} + 4)) && return 0
		if (($(date +%s) >= deadline)); then
			log "  still busy 180 s after the run (about $((after - before)) statements/s): going on"
			return 0
		fi
	done
}

# sample_rss_during COMMAND...: runs COMMAND while sampling the app's RSS every 0.5 s;
# keeps the highest in rss_load_kb.
sample_rss_during() {
	local sampler_out=${work}/rss-samples
	(
		for _ in $(seq 1 2000); do
			rss_kb "${app_pid}" || exit 0
			sleep 0.5
		done
	) >"${sampler_out}" &
	local sampler=$!
	"$@"
	kill "${sampler}" 2>/dev/null || true
	wait "${sampler}" 2>/dev/null || true
	local peak
	peak=$(sort -n "${sampler_out}" | tail -n 1)
	((${peak:-0} > rss_load_kb)) && rss_load_kb=${peak}
	return 0
}

# --- database counters ----------------------------------------------------------------

# status SERVER: "name value" lines of the counters used below.
status() {
	sql_value "$1" "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Questions', 'Com_insert',
		'Com_update', 'Com_delete', 'Com_replace', 'Com_insert_select', 'Com_update_multi', 'Com_delete_multi',
		'Com_stmt_execute')"
}

# counter FILE NAME
counter() {
	awk -v n="$2" '$1 == n { print $2 }' "$1"
}

writes_in() {
	awk '$1 ~ /^Com_(insert|update|delete|replace|insert_select|update_multi|delete_multi)$/ { s += $2 } END { print s + 0 }' "$1"
}

# count_sql_per_page NAME PATH [COOKIE]: SELECTs and all statements per request, from
# both servers' counters over SQL_SAMPLES requests (anonymous unless COOKIE is given) on
# one keep-alive connection.
count_sql_per_page() {
	local name=$1 path=$2 cookie=${3:-} server
	local config=${work}/curl-${name}.cfg
	: >"${config}"
	[[ -n ${cookie} ]] && printf 'cookie = "%s"\n' "${cookie}" >>"${config}"
	for _ in $(seq 1 "${SQL_SAMPLES}"); do
		printf 'url = "http://127.0.0.1:%s%s"\noutput = "/dev/null"\n' "${app_port}" "${path}" >>"${config}"
	done
	for server in primary replica; do status "${server}" >"${work}/status-${server}-before"; done
	local codes
	codes=$(curl --silent --max-time 600 -K "${config}" -w '%{http_code}\n' | sort | uniq -c | tr -s ' ')
	for server in primary replica; do status "${server}" >"${work}/status-${server}-after"; done
	[[ ${codes} == " ${SQL_SAMPLES} 200" ]] || die "${path}: not all 200 while counting SQL: ${codes}"
	local selects=0 questions=0 primary_selects=0 delta
	for server in primary replica; do
		delta=$(($(counter "${work}/status-${server}-after" Com_select) - $(counter "${work}/status-${server}-before" Com_select)))
		selects=$((selects + delta))
		[[ ${server} == primary ]] && primary_selects=${delta}
		# Minus one: the SHOW STATUS that took the second snapshot counts itself.
		questions=$((questions + $(counter "${work}/status-${server}-after" Questions) - $(counter "${work}/status-${server}-before" Questions) - 1))
	done
	sql_select[${name}]=$(awk -v v="${selects}" -v n="${SQL_SAMPLES}" 'BEGIN { printf "%.2f", v / n }')
	sql_questions[${name}]=$(awk -v v="${questions}" -v n="${SQL_SAMPLES}" 'BEGIN { printf "%.2f", v / n }')
	sql_primary_select[${name}]=$(awk -v v="${primary_selects}" -v n="${SQL_SAMPLES}" 'BEGIN { printf "%.2f", v / n }')
	log "SQL per request of ${path}: ${sql_select[${name}]} SELECTs (${sql_primary_select[${name}]} on the primary), ${sql_questions[${name}]} statements in all"
}

# app_statements SERVER: "event count errors" lines of the app's own statements on SERVER
# (the replication thread is no user, so what it applies is not in here).
app_statements() {
	sql_value "$1" "SELECT EVENT_NAME, COUNT_STAR, SUM_ERRORS
		FROM performance_schema.events_statements_summary_by_user_by_event_name
		WHERE USER = 'buddyverse' AND COUNT_STAR > 0"
}

# local_writes: transactions the replica itself wrote to its binary log (GTIDs with its
# server id 2; with log_slave_updates off, replicated ones are not logged there at all).
local_writes() {
	sql_value replica "SELECT @@gtid_binlog_pos" | tr ',' '\n' | awk -F- '$2 == 2 { n += $3 } END { print n + 0 }'
}

# read_routing FILE: the app's read-only transactions so far by target, "target count"
# lines (docs/routing.md lists the targets).
read_routing() {
	local target value
	for target in replica primary-after-write primary-overflow primary-fallback primary-lag; do
		value=$(curl --silent --max-time 10 \
			"http://127.0.0.1:${app_port}/actuator/metrics/buddy.db.reads?tag=target:${target}" \
			| sed -n 's/.*"statistic":"COUNT","value":\([0-9.E]*\).*/\1/p')
		printf '%s %.0f\n' "${target}" "${value:-0}"
	done >"$1"
}

# routing_delta BEFORE AFTER TARGET: read-only transactions of TARGET between the two.
routing_delta() {
	echo $(($(awk -v t="$3" '$1 == t { print $2 }' "$2") - $(awk -v t="$3" '$1 == t { print $2 }' "$1")))
}

mix_counters_before() {
	read_routing "${work}/mix-routing-before"
	local server
	for server in primary replica; do status "${server}" >"${work}/mix-${server}-before"; done
	app_statements replica >"${work}/mix-replica-app-before"
	mix_local_writes_before=$(local_writes)
}

# mix_counters_after CONNECTIONS: each server's SELECTs during the mix run, the app's
# write statements sent to the replica (attempts; read_only refuses them) and the
# writes the replica committed itself. Replication's own writes show in the replica's
# Com_insert/update/delete in MariaDB, so those counters can not tell.
mix_counters_after() {
	local connections=$1 server
	for server in primary replica; do status "${server}" >"${work}/mix-${server}-after"; done
	app_statements replica >"${work}/mix-replica-app-after"
	mix_primary_select[${connections}]=$(($(counter "${work}/mix-primary-after" Com_select) - $(counter "${work}/mix-primary-before" Com_select)))
	mix_primary_writes[${connections}]=$(($(writes_in "${work}/mix-primary-after") - $(writes_in "${work}/mix-primary-before")))
	mix_replica_select[${connections}]=$(($(counter "${work}/mix-replica-after" Com_select) - $(counter "${work}/mix-replica-before" Com_select)))
	local attempts errors
	attempts=$(awk '$1 ~ /^statement\/sql\/(insert|update|delete|replace)/ { n += $2 } END { print n + 0 }' "${work}/mix-replica-app-after")
	attempts=$((attempts - $(awk '$1 ~ /^statement\/sql\/(insert|update|delete|replace)/ { n += $2 } END { print n + 0 }' "${work}/mix-replica-app-before")))
	errors=$(($(awk '{ n += $3 } END { print n + 0 }' "${work}/mix-replica-app-after") - $(awk '{ n += $3 } END { print n + 0 }' "${work}/mix-replica-app-before")))
	mix_replica_writes[${connections}]="$(($(local_writes) - mix_local_writes_before)) committed, ${attempts} attempted, ${errors} errors"
	mix_requests[${connections}]=${res_requests[mix-${connections}]:-0}
	# Session-store SELECTs on the primary: what one logged-in request costs there (counted
	# before the runs) times the requests of this run.
	mix_session_selects[${connections}]=$(awk -v per="${sql_primary_select[board_member]:-0}" \
		-v n="${mix_requests[${connections}]}" 'BEGIN { printf "%.0f", per * n }')
	read_routing "${work}/mix-routing-after"
	local target all=0
	for target in replica primary-after-write primary-overflow primary-fallback primary-lag; do
		mix_reads["${connections}-${target}"]=$(routing_delta "${work}/mix-routing-before" "${work}/mix-routing-after" "${target}")
		all=$((all + ${mix_reads["${connections}-${target}"]}))
	done
	mix_reads["${connections}-all"]=${all}
	log "  mix read-only transactions: $(tr '\n' ' ' <"${work}/mix-routing-after") (totals since start)"
	log "  mix SELECTs: primary ${mix_primary_select[${connections}]} (session store about ${mix_session_selects[${connections}]}), replica ${mix_replica_select[${connections}]}; writes on the replica: ${mix_replica_writes[${connections}]}"
}

# time_list_queries: the board list's queries as PostRepository issues them (see
# common.KeysetPage), on the replica where list reads go: the ids of page 1, of the last
# page (read from the oldest end), of a page reached by a next link in the middle, of a
# page number typed into the middle (the one read that still walks an offset: half the
# list), the 20 rows by id, and the count the pager needs (PostCount runs it at most
# every 5 s).
time_list_queries() {
	local posts pages middle_offset boundary ids
	posts=$(sql_value replica "SELECT COUNT(*) FROM buddyverse.post")
	pages=$(((posts + 19) / 20))
	middle_offset=$(((pages / 2 - 1) * 20))
	((middle_offset >= 0)) || middle_offset=0
	boundary=$(sql_value replica "SELECT MIN(id) FROM (SELECT id FROM buddyverse.post ORDER BY id DESC LIMIT ${middle_offset},20) page")
	ids=$(sql_value replica "SELECT GROUP_CONCAT(id) FROM (SELECT id FROM buddyverse.post ORDER BY id DESC LIMIT 20) newest")
	local count_ms page1_ms last_ms next_ms typed_ms rows_ms
	count_ms=$(time_sql 5 "select count(*) from post p1_0")
	page1_ms=$(time_sql 20 "select p1_0.id from post p1_0 order by p1_0.id desc limit 0,20")
	last_ms=$(time_sql 20 "select p1_0.id from post p1_0 order by p1_0.id limit 0,$((posts - (pages - 1) * 20))")
	next_ms=$(time_sql 20 "select p1_0.id from post p1_0 where p1_0.id<${boundary:-0} order by p1_0.id desc limit 0,20")
	typed_ms=$(time_sql 5 "select p1_0.id from post p1_0 order by p1_0.id desc limit ${middle_offset},20")
	rows_ms=$(time_sql 20 "select p1_0.id,p1_0.title,m1_0.display_name,p1_0.created_at,p1_0.comment_count from post p1_0 join member m1_0 on m1_0.id=p1_0.author_id where p1_0.id in (${ids}) order by p1_0.id desc")
	echo "ids of page 1 ${page1_ms} ms, of the last page ${pages} ${last_ms} ms, by next link to page $((pages / 2 + 1)) ${next_ms} ms, of page $((pages / 2)) typed ${typed_ms} ms; 20 rows by id ${rows_ms} ms, count ${count_ms} ms"
}

# time_sql TIMES QUERY: average milliseconds of QUERY on the replica, as the server's
# own profiling measures it (no client start-up or transfer in the figure).
time_sql() {
	local times=$1 query=$2
	{
		echo "SET profiling_history_size = 100; SET profiling = 1;"
		for _ in $(seq 1 "${times}"); do echo "${query};"; done
		echo "SHOW PROFILES;"
	} | sql replica buddyverse --batch --skip-column-names \
		| awk -F'\t' '$3 ~ /^select/ { total += $2; n++ } END { if (n) printf "%.2f", total * 1000 / n }'
}

# --- GC -------------------------------------------------------------------------------

gc_log_lines() {
	wc -l <"${work}/gc.log"
}

# gc_pauses_since LINE: count, total, longest of the pauses logged after LINE.
gc_pauses_since() {
	tail -n +"$(($1 + 1))" "${work}/gc.log" | awk '/Pause/ && match($0, /[0-9.]+ms$/) {
		ms = substr($0, RSTART, RLENGTH - 2) + 0; n++; total += ms; if (ms > max) max = ms }
		END { printf "%d pauses, %.0f ms in all, longest %.1f ms", n, total, max }'
}
