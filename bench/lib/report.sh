# Writes bench/RESULTS.md from what run.sh measured. Sourced by run.sh.
# shellcheck shell=bash

# cell ARRAY KEY: a value or a dash.
cell() {
	local -n values=$1
	echo "${values[$2]:--}"
}

ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'
}

percent() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.1f %%", 100 * a / b }'
}

mib() {
	awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'
}

# page_share CONNECTIONS: the replica's share of page SELECTs, the primary's less the
# session store's estimate (never below zero, as an estimate can overshoot).
page_share() {
	local primary=${mix_primary_select[$1]:-0} replica=${mix_replica_select[$1]:-0}
	local pages=$((primary - ${mix_session_selects[$1]:-0}))
	((pages < 0)) && pages=0
	percent "${replica}" "$((replica + pages))"
}

# read_share CONNECTIONS: the replica's share of the mix's read-only transactions, as the
# app's routing counter saw them.
read_share() {
	percent "${mix_reads[$1-replica]:-0}" "${mix_reads[$1-all]:-0}"
}

# replica_clean: 1 if no mix run wrote to or tried to write to the replica.
replica_clean() {
	local connections
	for connections in "${CONNECTIONS[@]}"; do
		[[ ${mix_replica_writes[${connections}]:-x} == "0 committed, 0 attempted"* ]] || {
			echo 0
			return
		}
	done
	echo 1
}

# verdict MET: "met" or "missed".
verdict() {
	if [[ $1 == 1 ]]; then echo met; else echo missed; fi
}

write_results() {
	local page connections key
	local -A title=([home]="home \`/\`" [board]="board list page 1 \`/board\`"
		[board_deep]="board list page ${deep_page} \`/board?page=${deep_page}\`"
		[post]="post with 20 comments \`/board/${bench_post_id}\`"
		[review]="review with 3 photos \`/review/${bench_review_id}\`"
		[static]="static asset \`${static_path}\` (${static_bytes} B)"
		[media]="media file \`${media_path}\` (${media_bytes} B)"
		[mix]="logged-in mix, 90 % read (a reader) / 10 % write (a writer)"
		[static-nginx]="nginx: static asset" [media-nginx]="nginx: media file")
	local board_p99=${res_p99[board-64]:-0} board_rps=${res_rps[board-64]:-0}
	local deep_ratio
	deep_ratio=$(ratio "${res_p50[board_deep-64]:-}" "${res_p50[board-64]:-}")
	local mix_key=64
	local replica_share page_replica_share total_selects
	total_selects=$((${mix_primary_select[${mix_key}]:-0} + ${mix_replica_select[${mix_key}]:-0}))
	replica_share=$(percent "${mix_replica_select[${mix_key}]:-0}" "${total_selects}")
	page_replica_share=$(page_share "${mix_key}")
	local startup_aot
	startup_aot=$(sed -n 's/.*with AOT cache \([0-9]*\) ms.*/\1/p' <<<"${startup_median}")
	local startup_figure="not measured"
	[[ -n ${startup_aot} ]] && startup_figure="${startup_aot} ms"
	{
		cat <<HEAD
# BuddyVerse benchmark results

Written by \`bench/run.sh --preset ${preset}$( ((quick)) && echo ' --quick')\` on $(date -u '+%Y-%m-%d %H:%M UTC') in $((($(date +%s) - bench_started_s) / 60)) min.
See [README.md](README.md) for the method; figures are printed, never asserted.
$( ((quick)) && printf '\n**Quick run: short warm-up and runs; these figures only show the harness works.**\n')
$(awk -v l="${machine_load%% *}" -v c="${machine_cores}" 'BEGIN { if (l + 0 > c * 0.5) printf "\n**The machine was busy when the run began (load average %s on %d cores): other work shared the CPUs, so the figures understate what the app does on a quiet machine.**\n", l, c }')

## Machine and data

| | |
|---|---|
| CPU | ${machine_cores} cores, ${machine_cpu} |
| memory | ${machine_memory} |
| JDK | ${machine_jdk} |
| load average before the run | ${machine_load} |
| sharing | app, MariaDB primary, MariaDB replica, wrk (and nginx) all on these ${machine_cores} cores |
| database | MariaDB $(mariadbd --version | awk '{ print $3 }') primary (127.0.0.1) + read-only replica (127.0.0.2), GTID replication, TLS, buffer pool ${DB_BUFFER_POOL} each |
| app | one instance, \`java @packer/files/jvm.options -Xmx${APP_HEAP} -jar target/buddyverse.jar\`, profile \`aws\` |
| data (preset ${preset}) | ${data_sizes} (${data_bytes} on the primary), generated in ${data_seconds} s |
| warm-up | ${WARMUP_S} s of all pages + ${WARMUP_S} s of the mix at 64 connections, then ${PAGE_WARMUP_S} s per page |
| runs | wrk 2 threads, ${RUN_S} s per run, \`--latency\` |

## 1. Throughput and latency (single instance)

| page | connections | req/s | p50 ms | p99 ms | errors |
|---|---:|---:|---:|---:|---:|
HEAD
		for page in "${page_order[@]}" mix static-nginx media-nginx; do
			for connections in "${CONNECTIONS[@]}"; do
				key=${page}-${connections}
				echo "| ${title[${page}]} | ${connections} | $(cell res_rps "${key}") | $(cell res_p50 "${key}") | $(cell res_p99 "${key}") | $(cell res_err "${key}") |"
			done
		done
		cat <<SQLHEAD

## 2. SQL statements per page

Each server's \`Com_select\` and \`Questions\` deltas over ${SQL_SAMPLES} anonymous requests of one page, divided by ${SQL_SAMPLES} (\`Questions\` also counts transaction control such as \`SET autocommit\`/\`COMMIT\`). Goal: <= 3 per page, no N+1.

| page | SELECTs per request | of which on the primary | all statements per request |
|---|---:|---:|---:|
SQLHEAD
		for page in home board board_deep post review; do
			echo "| ${title[${page}]} | $(cell sql_select "${page}") | $(cell sql_primary_select "${page}") | $(cell sql_questions "${page}") |"
		done
		cat <<MIX

## 3. Replica share under the mix

Each server's \`Com_select\` delta during the mix runs (including the requests the app finished after wrk stopped). The session store (spring-session-jdbc) is on the writer by design; its share is estimated as the primary SELECTs of one logged-in \`/board\` request (${sql_primary_select[board_member]:-?}, counted over ${SQL_SAMPLES} requests) times the run's requests, and left out of "page SELECTs"; what remains on the primary also holds the writer's own SELECTs inside its write transactions (the post a comment goes to, for one), which belong there, so this estimate understates the replica's share of reads. Writes on the replica: transactions the replica committed itself (its own GTIDs), and the app's insert/update/delete statements sent to it (attempts, which \`read_only\` would refuse) from the performance schema; MariaDB counts replicated row events in \`Com_insert/update/delete\`, so those counters can not tell.

| connections | requests | SELECTs on the replica | SELECTs on the primary | of which session store (est.) | replica share of all SELECTs | replica share of page SELECTs | writes on the primary | writes on the replica |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
MIX
		for connections in "${CONNECTIONS[@]}"; do
			local all=$((${mix_primary_select[${connections}]:-0} + ${mix_replica_select[${connections}]:-0}))
			echo "| ${connections} | $(cell mix_requests "${connections}") | $(cell mix_replica_select "${connections}") | $(cell mix_primary_select "${connections}") | $(cell mix_session_selects "${connections}") | $(percent "${mix_replica_select[${connections}]:-0}" "${all}") | $(page_share "${connections}") | $(cell mix_primary_writes "${connections}") | $(cell mix_replica_writes "${connections}") |"
		done
		cat <<ROUTING

Where the mix's read-only transactions ran, from the app's routing counter \`buddy.db.reads{target}\` (docs/routing.md): a read-only transaction of a page runs the same SELECTs wherever it runs, so this is also the replica's share of page SELECTs. The reader's pages never fall inside a read-your-writes window; the writer only posts (wrk does not follow the redirects). \`primary-overflow\` counts reads that found every reader connection busy for the whole busy-reader wait (1 s; overload) and spilled over to the primary.

| connections | read-only transactions | on the replica | primary: after a write | primary: overflow | primary: replica down | primary: replica lagging | replica share |
|---:|---:|---:|---:|---:|---:|---:|---:|
ROUTING
		for connections in "${CONNECTIONS[@]}"; do
			echo "| ${connections} | ${mix_reads[${connections}-all]:-?} | ${mix_reads[${connections}-replica]:-?} | ${mix_reads[${connections}-primary-after-write]:-?} | ${mix_reads[${connections}-primary-overflow]:-?} | ${mix_reads[${connections}-primary-fallback]:-?} | ${mix_reads[${connections}-primary-lag]:-?} | $(read_share "${connections}") |"
		done
		cat <<GROWTH

## 4. Cost growth with depth and size

| | figure |
|---|---|
| board page 1 vs page ${deep_page}, p50 at 64 connections | ${res_p50[board-64]:-?} ms vs ${res_p50[board_deep-64]:-?} ms: ratio **${deep_ratio}** (goal <= 1.2) |
| board page 1 vs page ${deep_page}, req/s at 64 connections | ${res_rps[board-64]:-?} vs ${res_rps[board_deep-64]:-?} |
| list queries' database time at 10,000 posts (on the replica, server-side profiling) | ${db_growth_small:-not measured} |
| list queries' database time at ${DATA_POSTS} posts | ${db_growth_full} |

## 5. Start-up

\`packer/test/execstart-test.sh --bench ${STARTUP_RUNS}\`: the systemd unit's command line on the baked layout (extracted jar, AOT cache trained by packer/scripts/app.sh), process start to the first 200 from \`/actuator/health\`, median of ${STARTUP_RUNS}, with and without \`-XX:AOTCache\`; its own empty MariaDB.

    ${startup_median}

## 6. Memory and GC

| | figure |
|---|---|
| heap | -Xmx${APP_HEAP} (what MaxRAMPercentage=20 gives on a 1 GiB t3.micro), Serial GC, from packer/files/jvm.options |
| RSS idle (after start and data, before load) | $(mib "${rss_idle_kb}") |
| RSS under load (highest sample in the 64-connection runs) | $(mib "${rss_load_kb}") |
| RSS at the end | $(mib "${app_rss_end_kb}") |
| GC pauses during the measured runs | ${gc_summary} |
| GC pauses over the whole run | ${gc_total_summary} |

## 7. Static and media: app vs nginx

Same files, same folder (the storage root the app serves \`/static/**\` and \`/media/**\` from), same wrk settings; nginx ${nginx_version:-} with sendfile, access log off.

| file | connections | app req/s | nginx req/s | app / nginx |
|---|---:|---:|---:|---:|
GROWTH
		for page in static media; do
			for connections in "${CONNECTIONS[@]}"; do
				echo "| ${page} | ${connections} | $(cell res_rps "${page}-${connections}") | $(cell res_rps "${page}-nginx-${connections}") | $(ratio "${res_rps[${page}-${connections}]:-}" "${res_rps[${page}-nginx-${connections}]:-}") |"
			done
		done
		cat <<GOALS

## Where we stand vs the goals

| goal | figure | |
|---|---|---|
| board list >= 4,000 req/s at 64 connections | ${board_rps} req/s | $(verdict "$(awk -v v="${board_rps}" 'BEGIN { print (v >= 4000) }')") |
| board list p99 <= 25 ms at 64 connections | ${board_p99} ms | $(verdict "$(awk -v v="${board_p99}" 'BEGIN { print (v > 0 && v <= 25) }')") |
| replica share >= 99 % of page SELECTs | 64 connections: $(read_share 64) of read-only transactions (Com_select estimate: ${page_replica_share} of page SELECTs, ${replica_share} of all SELECTs incl. session store); 16 connections: $(read_share 16) | $(verdict "$(awk -v s="$(read_share 64)" 'BEGIN { print (s + 0 >= 99) }')") |
| 0 writes on the replica | 64 connections: ${mix_replica_writes[64]:-?} | $(verdict "$(replica_clean)") |
| deep-page ratio <= 1.2 | ${deep_ratio} | $(verdict "$(awk -v v="${deep_ratio}" 'BEGIN { print (v != "-" && v <= 1.2) }')") |
| ready <= 1.0 s with the AOT cache | ${startup_figure} | $( [[ -n ${startup_aot} ]] && verdict "$(awk -v v="${startup_aot}" 'BEGIN { print (v <= 1000) }')") |
| RSS <= 300 MB under load | $(mib "${rss_load_kb}") | $(verdict "$(awk -v v="${rss_load_kb}" 'BEGIN { print (v > 0 && v <= 300 * 1000) }')") |
GOALS
		if [[ -f ${here}/NOTES.md ]]; then
			echo
			cat "${here}/NOTES.md"
		fi
	} >"${results_file}"
}
