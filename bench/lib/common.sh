# Helpers shared by the bench scripts (sourced, not run).
# shellcheck shell=bash

bench_started_s=${bench_started_s:-$(date +%s)}

# log MESSAGE: progress on stderr with the time since the run began.
log() {
	local elapsed=$(($(date +%s) - bench_started_s))
	printf '[%02d:%02d] %s\n' $((elapsed / 60)) $((elapsed % 60)) "$*" >&2
}

die() {
	echo "bench: $*" >&2
	exit 1
}

now_ms() { date +%s%3N; }

# free_port: a free TCP port on 127.0.0.1, away from well-known and ephemeral ranges.
free_port() {
	local port
	for _ in $(seq 1 50); do
		port=$((20000 + RANDOM % 12000))
		if [[ -z $(ss -Htan "( sport = :${port} )") ]]; then
			echo "${port}"
			return
		fi
	done
	die "no free port found"
}

# wait_until SECONDS DESCRIPTION COMMAND...: polls COMMAND every 0.2 s, bounded.
wait_until() {
	local seconds=$1 description=$2
	shift 2
	local deadline=$(($(date +%s) + seconds))
	until "$@" >/dev/null 2>&1; do
		(($(date +%s) < deadline)) || die "${description}: not ready within ${seconds} s"
		sleep 0.2
	done
}
