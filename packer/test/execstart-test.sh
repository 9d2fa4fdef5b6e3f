#!/usr/bin/env bash
# Starts BuddyVerse the way the AMI's systemd unit does and checks that it
# becomes healthy and stops cleanly on SIGTERM.
#
# Faithful to the unit: the command is the unit's ExecStart line, parsed from
# packer/files/buddyverse.service; /opt/buddyverse is laid out by the bake's
# own scripts/app.sh (extracted jar, jvm.options, AOT cache trained the same
# way); the environment is built like systemd builds it (empty, plus the
# unit's Environment= and an EnvironmentFile in the user-data format), the
# process runs as an unprivileged user from WorkingDirectory. What differs:
# every /opt/buddyverse, /etc/buddyverse and /mnt/efs path lives under a
# scratch root, /usr/bin/java is this host's Java 25, SERVER_PORT is a free
# high port instead of 80, the databases are one throwaway MariaDB (writer and
# reader), and the AWS SDK is pointed at a closed loopback port.
#
# Usage: execstart-test.sh [--bench N] [JAR]      (default target/buddyverse.jar)
#   EXECSTART_KEEP=1 keeps the scratch directory (logs, layout) for a look.
#   --bench N  also time N start-ups with and without the AOT cache (same
#              command line otherwise) and print the medians.
set -o nounset -o errexit -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
packer_dir=$(dirname "${here}")
repo=$(dirname "${packer_dir}")
unit=${packer_dir}/files/buddyverse.service
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
: "${HEALTH_TIMEOUT:=180}"

bench_runs=0
if [[ ${1:-} == --bench ]]; then
    bench_runs=${2:?--bench needs a number of runs}
    shift 2
fi
jar=${1:-${repo}/target/buddyverse.jar}

die() {
    echo "execstart-test.sh: $*" >&2
    exit 1
}
log() { echo "execstart-test.sh: $*"; }

[[ -f ${jar} ]] || die "no jar at ${jar}: build it first with ./mvnw -B -DskipTests package"
java=${JAVA_HOME}/bin/java
[[ -x ${java} ]] || die "no Java at ${java}: set JAVA_HOME to a Java 25 JDK"
java_settings=$("${java}" -XshowSettings:properties -version 2>&1) || die "${java} does not run"
grep -q 'java.specification.version = 25' <<<"${java_settings}" || die "${java} is not Java 25"
for tool in mariadbd mariadb-install-db mariadb mariadb-admin curl ss openssl; do
    command -v "${tool}" >/dev/null || die "${tool} not found (Debian packages: mariadb-server curl iproute2 openssl)"
done

work=$(mktemp -d /tmp/packer-execstart.XXXXXX)
chmod 0755 "${work}"
db_pid=
app_pid=
cleanup() {
    local status=$? pid
    set +o errexit
    for pid in "${app_pid}" "${db_pid}"; do
        if [[ -n ${pid} ]]; then
            kill -KILL "${pid}" 2>/dev/null
            wait "${pid}" 2>/dev/null
        fi
    done
    if [[ -n ${EXECSTART_KEEP:-} ]]; then
        echo "execstart-test.sh: kept ${work}" >&2
    else
        rm -rf "${work}"
    fi
    exit "${status}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free TCP port on 127.0.0.1, away from the well-known and ephemeral ranges.
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

now_ms() { date +%s%3N; }

# --- a throwaway MariaDB with TLS (the aws profile demands sslMode=REQUIRED) --
db_dir=${work}/db
db_port=$(free_port)
db_socket=${db_dir}/mysqld.sock
mkdir -p "${db_dir}/data"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -keyout "${db_dir}/key.pem" -out "${db_dir}/cert.pem" 2>/dev/null
db_user_args=()
if [[ $(id -u) == 0 ]]; then
    chown -R mysql:mysql "${db_dir}"
    db_user_args=(--user=mysql)
fi
mariadb-install-db --no-defaults "${db_user_args[@]}" --datadir="${db_dir}/data" \
    --auth-root-authentication-method=socket --skip-test-db >"${db_dir}/install.log" 2>&1 \
    || { cat "${db_dir}/install.log" >&2; die "mariadb-install-db failed"; }
mariadbd --no-defaults "${db_user_args[@]}" --datadir="${db_dir}/data" --socket="${db_socket}" \
    --pid-file="${db_dir}/mysqld.pid" --log-error="${db_dir}/error.log" \
    --bind-address=127.0.0.1 --port="${db_port}" --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --ssl-cert="${db_dir}/cert.pem" --ssl-key="${db_dir}/key.pem" \
    --innodb-buffer-pool-size=64M --innodb-log-file-size=16M &
db_pid=$!
deadline=$(($(date +%s) + 60))
until mariadb-admin --no-defaults --socket="${db_socket}" --user=root ping >/dev/null 2>&1; do
    kill -0 "${db_pid}" 2>/dev/null || { cat "${db_dir}/error.log" >&2; die "mariadbd exited"; }
    (($(date +%s) < deadline)) || die "mariadbd not ready within 60 s"
    sleep 0.2
done
db_password=$(openssl rand -hex 16)
mariadb --no-defaults --socket="${db_socket}" --user=root <<SQL
CREATE DATABASE buddyverse CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'buddyverse'@'127.0.0.1' IDENTIFIED BY '${db_password}';
GRANT ALL PRIVILEGES ON buddyverse.* TO 'buddyverse'@'127.0.0.1';
SQL
log "MariaDB on 127.0.0.1:${db_port} (TLS), database buddyverse"

# --- /opt/buddyverse laid out by the bake's own script --------------------------
root=${work}/root
app_user_args=()
if [[ $(id -u) == 0 ]]; then
    # The unit runs as an unprivileged user; here that is nobody.
    app_user_args=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi
mkdir -p "${work}/bake/files" "${root}/etc/buddyverse" "${root}/mnt/efs"
cp "${jar}" "${work}/bake/buddyverse.jar"
cp "${packer_dir}"/files/* "${work}/bake/files/"
# While training, the AWS SDK must stay on this machine, as for the app below.
sandbox_env=(AWS_EC2_METADATA_DISABLED=true AWS_ENDPOINT_URL=http://127.0.0.1:9
    AWS_ACCESS_KEY_ID=AKIAEXECSTARTTEST AWS_SECRET_ACCESS_KEY=execstart-test-not-a-secret)
log "laying out /opt/buddyverse with scripts/app.sh (extract + AOT training)"
started=$(now_ms)
env "${sandbox_env[@]}" BAKE_DIR="${work}/bake" APP_HOME="${root}/opt/buddyverse" JAVA_BIN="${java}" \
    APP_VERSION=test GIT_COMMIT=test "${packer_dir}/scripts/app.sh"
log "app.sh took $((($(now_ms) - started) / 1000)) s"
if [[ $(id -u) == 0 ]]; then
    chown nobody:nogroup "${root}/mnt/efs"
fi

# --- the environment file, in the user-data format -----------------------------
app_port=$(free_port)
env_file=${root}/etc/buddyverse/buddyverse.env
install -m 0600 /dev/null "${env_file}"
cat >"${env_file}" <<ENV
# Written like the launch template's user data writes it.
SPRING_PROFILES_ACTIVE=aws
SERVER_PORT=${app_port}
BUDDY_DB_WRITER_HOST=127.0.0.1
BUDDY_DB_READER_HOST=127.0.0.1
BUDDY_DB_PORT=${db_port}
BUDDY_DB_NAME=buddyverse
BUDDY_DB_USERNAME=buddyverse
BUDDY_DB_PASSWORD="${db_password}"
BUDDY_STORAGE_ROOT=${root}/mnt/efs
AWS_REGION=ap-northeast-2
BUDDY_INSTANCE_ID=i-0execstarttest00
BUDDY_ASG_NAME=execstart-test
# Test only: keep the AWS SDK (CloudWatch metrics) on this machine.
$(printf '%s\n' "${sandbox_env[@]}")
ENV
# Every variable the contract (buddyverse.env.example) names must be here.
while IFS= read -r key; do
    grep -q "^${key}=" "${env_file}" || die "the test's env file lacks ${key} from buddyverse.env.example"
done < <(sed -n 's/^\([A-Z_][A-Z0-9_]*\)=.*/\1/p' "${packer_dir}/files/buddyverse.env.example")

# systemd's EnvironmentFile= syntax, as far as user data uses it: KEY=VALUE
# lines, # and ; comments, optional double or single quotes around the value.
read_env_file() {
    local line key value
    while IFS= read -r line || [[ -n ${line} ]]; do
        [[ ${line} =~ ^[[:space:]]*($|#|\;) ]] && continue
        key=${line%%=*}
        value=${line#*=}
        key=${key//[[:space:]]/}
        value=${value#"${value%%[![:space:]]*}"}
        if [[ ${value} =~ ^\"(.*)\"$ || ${value} =~ ^\'(.*)\'$ ]]; then
            value=${BASH_REMATCH[1]}
        fi
        printf '%s=%s\n' "${key}" "${value}"
    done <"$1"
}

# --- the unit's ExecStart, Environment=, EnvironmentFile=, WorkingDirectory= ---
map_path() {
    local word=$1
    word=${word//\/opt\/buddyverse/${root}/opt/buddyverse}
    word=${word//\/etc\/buddyverse/${root}/etc/buddyverse}
    echo "${word}"
}
unit_values() { sed -n "s/^$1=//p" "${unit}"; }
exec_start=$(unit_values ExecStart)
[[ $(wc -l <<<"${exec_start}") == 1 ]] || die "expected exactly one ExecStart= line"
[[ ${exec_start} != *[%\$\\\"\']* ]] || die "ExecStart uses specifiers, variables, escapes or quotes this test does not parse: ${exec_start}"
read -r -a unit_words <<<"${exec_start}"
[[ ${unit_words[0]} == /usr/bin/java ]] || die "ExecStart does not start /usr/bin/java: ${exec_start}"
command=("${java}")
for word in "${unit_words[@]:1}"; do
    command+=("$(map_path "${word}")")
done
environment=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin HOME=/ LOGNAME=nobody USER=nobody)
while IFS= read -r assignment; do
    [[ -n ${assignment} ]] && environment+=("${assignment}")
done < <(unit_values Environment)
env_file_in_unit=$(unit_values EnvironmentFile)
while IFS= read -r assignment; do
    environment+=("${assignment}")
done < <(read_env_file "$(map_path "${env_file_in_unit}")")
working_directory=$(map_path "$(unit_values WorkingDirectory)")
stop_timeout=$(unit_values TimeoutStopSec)
log "ExecStart: ${command[*]}"

# start_app ARGS...: starts the command (ARGS replace the unit's arguments if
# given) with stdout and stderr to files, like the unit's StandardOutput= and
# StandardError=; sets app_pid and run_log.
start_app() {
    local args=("${command[@]}")
    (($# > 0)) && args=("$@")
    run_log=${work}/run-$(now_ms)
    (cd "${working_directory}" && exec env -i "${environment[@]}" "${app_user_args[@]}" "${args[@]}") \
        >"${run_log}.json" 2>"${run_log}.err" &
    app_pid=$!
}

# app_failed MESSAGE: shows the app's output and whether the database is up.
app_failed() {
    tail -n 40 "${run_log}.json" "${run_log}.err" >&2
    if ! kill -0 "${db_pid}" 2>/dev/null; then
        echo "execstart-test.sh: note: the test MariaDB is not running any more:" >&2
        tail -n 5 "${db_dir}/error.log" >&2
    fi
    die "$1"
}

# cpu_ms: CPU time (user + system) the app has used so far, in milliseconds;
# less sensitive than wall time to other load on the machine.
cpu_ms() {
    local fields
    read -r -a fields <"/proc/${app_pid}/stat"
    # utime and stime are fields 14 and 15; the command name (field 2) has no spaces here.
    echo $(((fields[13] + fields[14]) * 1000 / $(getconf CLK_TCK)))
}

# wait_healthy STARTED_MS: polls /actuator/health until 200; sets health_ms
# and health_cpu_ms.
wait_healthy() {
    local started=$1 deadline=$(($(date +%s) + HEALTH_TIMEOUT)) code
    while :; do
        if ! kill -0 "${app_pid}" 2>/dev/null; then
            app_failed "the app exited before it became healthy"
        fi
        code=$(curl --silent --max-time 2 --output /dev/null --write-out '%{http_code}' \
            "http://127.0.0.1:${app_port}/actuator/health" || true)
        if [[ ${code} == 200 ]]; then
            health_ms=$(($(now_ms) - started))
            health_cpu_ms=$(cpu_ms)
            return
        fi
        if (($(date +%s) >= deadline)); then
            app_failed "no 200 from /actuator/health within ${HEALTH_TIMEOUT} s (last status ${code})"
        fi
        sleep 0.1
    done
}

# stop_app: SIGTERM, as systemd sends it; the JVM must be gone within the
# unit's TimeoutStopSec with status 143 (SuccessExitStatus) or 0. Sets
# stop_status and stop_ms.
stop_app() {
    local started deadline
    started=$(now_ms)
    deadline=$((started + stop_timeout * 1000))
    kill -TERM "${app_pid}"
    while kill -0 "${app_pid}" 2>/dev/null; do
        (($(now_ms) < deadline)) || die "still running ${stop_timeout} s after SIGTERM (TimeoutStopSec)"
        sleep 0.1
    done
    stop_status=0
    wait "${app_pid}" || stop_status=$?
    stop_ms=$(($(now_ms) - started))
    app_pid=
    if [[ ${stop_status} != 143 && ${stop_status} != 0 ]]; then
        app_failed "exit status ${stop_status} after SIGTERM, expected 143 or 0"
    fi
}

started=$(now_ms)
start_app
wait_healthy "${started}"
log "healthy after ${health_ms} ms (${health_cpu_ms} ms of CPU) on port ${app_port}"
body=$(curl --silent "http://127.0.0.1:${app_port}/actuator/health")
[[ ${body} == *'"status":"UP"'* ]] || die "health body is not UP: ${body}"
# The cache must be in use (mapped into the JVM), not merely configured.
if grep -q '\[error\]\[aot' "${run_log}.err" || ! grep -q 'buddyverse\.aot' "/proc/${app_pid}/maps"; then
    cat "${run_log}.err" >&2
    die "the JVM is not using the AOT cache"
fi
log "the AOT cache is mapped into the JVM"
if grep -q '\[warning\]\[aot' "${run_log}.err"; then
    log "JVM warnings about the AOT cache (not fatal):"
    awk '/\[warning\]\[aot/ && ++shown <= 5' "${run_log}.err"
fi
stop_app
log "stopped after SIGTERM in ${stop_ms} ms with status ${stop_status}"
non_json=$(grep -cv '^{' "${run_log}.json" || true)
if ((non_json > 0)); then
    log "warning: ${non_json} stdout line(s) are not JSON, e.g.: $(awk '!/^\{/ { print; exit }' "${run_log}.json")"
fi

if ((bench_runs > 0)); then
    # Same command line with and without -XX:AOTCache=..., alternating, after
    # the run above warmed the page cache and migrated the schema.
    without_aot=()
    for word in "${command[@]}"; do
        [[ ${word} == -XX:AOTCache=* ]] || without_aot+=("${word}")
    done
    with=()
    without=()
    with_cpu=()
    without_cpu=()
    for ((run = 1; run <= bench_runs; run++)); do
        started=$(now_ms)
        start_app
        wait_healthy "${started}"
        with+=("${health_ms}")
        with_cpu+=("${health_cpu_ms}")
        stop_app
        started=$(now_ms)
        start_app "${without_aot[@]}"
        wait_healthy "${started}"
        without+=("${health_ms}")
        without_cpu+=("${health_cpu_ms}")
        stop_app
        log "run ${run}: start to first 200 with AOT cache ${with[-1]} ms (CPU ${with_cpu[-1]} ms), without ${without[-1]} ms (CPU ${without_cpu[-1]} ms)"
    done
    median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
    log "median of ${bench_runs}: with AOT cache $(median "${with[@]}") ms (CPU $(median "${with_cpu[@]}") ms), without $(median "${without[@]}") ms (CPU $(median "${without_cpu[@]}") ms)"
fi
log "passed"
