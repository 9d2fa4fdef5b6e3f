#!/usr/bin/env bash
# BuddyVerse benchmark: one command, everything on 127.0.0.1, everything torn down on
# exit. Starts a MariaDB primary + read-only replica, one app instance from the packaged
# jar the production way (aws profile, jvm.options), fills the database, warms up,
# measures every page with wrk, counts SQL per page and the replica's share, memory,
# GC, start-up (packer/test/execstart-test.sh --bench) and the app against nginx for
# files, and writes bench/RESULTS.md.
#
# Usage: bench/run.sh [--preset small|default|full] [--quick]
#   small    500 members, 10k posts, 30k comments, 1k reviews (a few minutes)
#   default  the issue's sizes: 10k members, 1M posts, 3M comments, 100k reviews
#   full     the same as default (kept so the issue's name works)
#   --quick  short warm-up and runs, one start-up run: checks the harness, figures
#            are not meaningful
# Environment: JAVA_HOME (a Java 25 JDK), BENCH_KEEP=1 keeps the scratch directory,
#   BENCH_RESULTS=path writes the results elsewhere than bench/RESULTS.md,
#   BENCH_STARTUP_RUNS=N start-ups to time (0 skips that step).
# shellcheck source-path=SCRIPTDIR
set -o nounset -o errexit -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "${here}")
bench_started_s=$(date +%s)
# shellcheck source=lib/common.sh
source "${here}/lib/common.sh"
# shellcheck source=lib/mariadb.sh
source "${here}/lib/mariadb.sh"
# shellcheck source=lib/data.sh
source "${here}/lib/data.sh"
# shellcheck source=lib/measure.sh
source "${here}/lib/measure.sh"
# shellcheck source=lib/report.sh
source "${here}/lib/report.sh"

preset=default
quick=0
while (($# > 0)); do
	case $1 in
		--preset)
			preset=${2:?--preset needs small, default or full}
			shift 2
			;;
		--quick)
			quick=1
			shift
			;;
		-h | --help)
			sed -n '2,/^set -o/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
			exit 0
			;;
		*) die "unknown argument $1 (see --help)" ;;
	esac
done

case ${preset} in
	small) DATA_MEMBERS=500 DATA_POSTS=10000 DATA_REVIEWS=1000 DATA_CLUBS=250 DATA_MEETUPS=100 DB_BUFFER_POOL=256M ;;
	default | full)
		DATA_MEMBERS=10000 DATA_POSTS=1000000 DATA_REVIEWS=100000 DATA_CLUBS=5000 DATA_MEETUPS=1000 DB_BUFFER_POOL=2G
		;;
	*) die "unknown preset ${preset} (small, default or full)" ;;
esac
if ((quick)); then
	WARMUP_S=15 RUN_S=4 PAGE_WARMUP_S=2 STARTUP_RUNS=1 SQL_SAMPLES=50
else
	# 2 cores: the JIT needs a minute of load before figures settle (issue 10).
	WARMUP_S=90 RUN_S=15 PAGE_WARMUP_S=5 STARTUP_RUNS=5 SQL_SAMPLES=200
fi
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-${STARTUP_RUNS}}
CONNECTIONS=(16 64 256)
# What MaxRAMPercentage=20 (packer/files/jvm.options) gives on a t3.micro (about 950 MiB).
APP_HEAP=190m
results_file=${BENCH_RESULTS:-${here}/RESULTS.md}

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
java=${JAVA_HOME}/bin/java
[[ -x ${java} ]] || die "no Java at ${java}: set JAVA_HOME to a Java 25 JDK"
"${java}" -XshowSettings:properties -version 2>&1 | grep -q 'java.specification.version = 25' \
	|| die "${java} is not Java 25"
for tool in mariadbd mariadb-install-db mariadb mariadb-admin wrk nginx curl ss openssl awk; do
	command -v "${tool}" >/dev/null \
		|| die "${tool} not found: apt-get install -y mariadb-server wrk nginx curl iproute2 openssl"
done

jar=${repo}/target/buddyverse.jar
if [[ ! -f ${jar} ]]; then
	log "building ${jar} (./mvnw -B -q -DskipTests package)"
	(cd "${repo}" && JAVA_HOME=${JAVA_HOME} ./mvnw -B -q -DskipTests package)
fi

machine_cores=$(nproc)
machine_memory=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
machine_cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
machine_jdk=$("${java}" -version 2>&1 | head -n 2 | tail -n 1)
nginx_version=$(nginx -v 2>&1 | sed 's/.*nginx\///')
machine_load=$(cut -d' ' -f1-3 /proc/loadavg)
log "preset ${preset}$( ((quick)) && echo ' (quick)'), ${machine_cores} cores, ${machine_memory}, load ${machine_load}"

work=$(mktemp -d /tmp/buddyverse-bench.XXXXXX)
chmod 0755 "${work}"
app_pid=
nginx_pid=
cleanup() {
	local status=$?
	set +o errexit
	trap - EXIT INT TERM
	stop_app
	stop_nginx
	stop_database_pair
	if [[ -n ${BENCH_KEEP:-} ]]; then
		echo "bench: kept ${work}" >&2
	else
		rm -rf "${work}"
	fi
	exit "${status}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- database, files ------------------------------------------------------------------
log "starting MariaDB primary and replica"
start_database_pair
log "MariaDB primary 127.0.0.1:${db_port}, replica 127.0.0.2:${db_port} (read_only, GTID)"

storage=${work}/efs
mkdir -p "${storage}/static/css" "${storage}/media/review/bench"
cp "${repo}/src/main/resources/static/css/buddyverse.css" "${storage}/static/css/"
jpegs=()
for photo in 1 2 3; do
	jpegs+=("${storage}/media/review/bench/photo${photo}.jpg" 1024 768)
	jpegs+=("${storage}/media/review/bench/photo${photo}_thumb.jpg" 320 240)
done
"${java}" "${here}/tools/MakeJpeg.java" "${jpegs[@]}"
static_path=/static/css/buddyverse.css
media_path=/media/review/bench/photo1.jpg
static_bytes=$(stat -c %s "${storage}${static_path}")
media_bytes=$(stat -c %s "${storage}${media_path}")

# --- the app --------------------------------------------------------------------------
app_port=$(free_port)
app_log=${work}/app
start_app
log "app healthy after ${app_ready_ms} ms (schema migrated by Flyway)"

# --- data -----------------------------------------------------------------------------
db_growth_small=
# At 10k posts (before the rest exists): the list queries' database time.
measure_growth_small() {
	db_growth_small=$(time_list_queries)
	log "list queries at 10000 posts: ${db_growth_small}"
}
generate_data 10000 measure_growth_small
db_growth_full=$(time_list_queries)
log "list queries at ${DATA_POSTS} posts: ${db_growth_full}"
data_sizes=$(sql_value primary "SELECT CONCAT((SELECT COUNT(*) FROM buddyverse.member), ' members, ',
  (SELECT COUNT(*) FROM buddyverse.post), ' posts, ', (SELECT COUNT(*) FROM buddyverse.post_comment), ' comments, ',
  (SELECT COUNT(*) FROM buddyverse.review), ' reviews, ', (SELECT COUNT(*) FROM buddyverse.review_photo), ' photo rows, ',
  (SELECT COUNT(*) FROM buddyverse.club), ' clubs, ', (SELECT COUNT(*) FROM buddyverse.meetup), ' meetups')")
data_bytes=$(sql_value primary "SELECT CONCAT(ROUND(SUM(data_length + index_length) / 1048576), ' MiB')
  FROM information_schema.TABLES WHERE table_schema = 'buddyverse'")
log "data: ${data_sizes} (${data_bytes})"

log_in_bench_members
measure_idle_rate
rss_idle_kb=$(rss_kb "${app_pid}")

# --- warm-up --------------------------------------------------------------------------
declare -A page_path=(
	[home]=/
	[board]=/board
	[board_deep]="/board?page=${deep_page}"
	[post]="/board/${bench_post_id}"
	[review]="/review/${bench_review_id}"
	[static]=${static_path}
	[media]=${media_path}
)
page_order=(home board board_deep post review static media)
check_pages
log "warm-up: ${WARMUP_S} s of every page in turn at 64 connections"
BENCH_WARMUP_PATHS="${page_path[*]}" run_wrk warmup 64 "${WARMUP_S}" warmup.lua "/" >/dev/null
log "warm-up: ${WARMUP_S} s of the logged-in mix at 64 connections"
run_wrk warmup 64 "${WARMUP_S}" mix.lua "/" >/dev/null
await_replica 300

# --- SQL per page ---------------------------------------------------------------------
for page in home board board_deep post review; do
	count_sql_per_page "${page}" "${page_path[${page}]}"
done
# The same list page for a logged-in member: what the session store adds on the primary.
count_sql_per_page board_member /board "${bench_reader_cookie}"

# --- throughput and latency -----------------------------------------------------------
rss_load_kb=0
gc_mark_before=$(gc_log_lines)
for page in "${page_order[@]}"; do
	run_wrk "${page}-warm" 64 "${PAGE_WARMUP_S}" page.lua "${page_path[${page}]}" >/dev/null
	for connections in "${CONNECTIONS[@]}"; do
		if ((connections == 64)); then
			sample_rss_during run_wrk "${page}" "${connections}" "${RUN_S}" page.lua "${page_path[${page}]}"
		else
			run_wrk "${page}" "${connections}" "${RUN_S}" page.lua "${page_path[${page}]}"
		fi
	done
done
for connections in "${CONNECTIONS[@]}"; do
	mix_counters_before
	if ((connections == 64)); then
		sample_rss_during run_wrk mix "${connections}" "${RUN_S}" mix.lua /
	else
		run_wrk mix "${connections}" "${RUN_S}" mix.lua /
	fi
	mix_counters_after "${connections}"
done
gc_summary=$(gc_pauses_since "${gc_mark_before}")
gc_total_summary=$(gc_pauses_since 0)
log "GC during the measured runs: ${gc_summary}"

# --- nginx for the same files ---------------------------------------------------------
start_nginx
for page in static media; do
	run_wrk "${page}-nginx-warm" 64 "${PAGE_WARMUP_S}" page.lua "${page_path[${page}]}" nginx >/dev/null
	for connections in "${CONNECTIONS[@]}"; do
		run_wrk "${page}-nginx" "${connections}" "${RUN_S}" page.lua "${page_path[${page}]}" nginx
	done
done
stop_nginx
app_rss_end_kb=$(rss_kb "${app_pid}")
stop_app
stop_database_pair

# --- start-up -------------------------------------------------------------------------
startup_median="not measured (BENCH_STARTUP_RUNS=0)"
if ((STARTUP_RUNS > 0)); then
	log "start-up: packer/test/execstart-test.sh --bench ${STARTUP_RUNS} (own MariaDB, AOT cache trained like the bake)"
	startup_log=${work}/startup.log
	if HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-300} timeout 1800 "${repo}/packer/test/execstart-test.sh" --bench "${STARTUP_RUNS}" "${jar}" >"${startup_log}" 2>&1; then
		startup_median=$(grep 'median of' "${startup_log}" | sed 's/^execstart-test.sh: //')
	else
		startup_median="execstart-test.sh failed: $(tail -n 3 "${startup_log}" | tr '\n' ' ')"
	fi
	log "start-up: ${startup_median}"
fi

write_results
log "wrote ${results_file} in $(($(date +%s) - bench_started_s)) s"
