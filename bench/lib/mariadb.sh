# A MariaDB primary and a read-only replica (GTID replication, TLS for the app's
# sslMode=REQUIRED), from Debian's mariadb-server, under ${work}/db. Sourced by run.sh.
# shellcheck shell=bash

db_primary_pid=
db_replica_pid=

# sql SERVER [mariadb args...]: runs SQL from stdin (or -e) as root over the socket.
sql() {
	local server=$1
	shift
	mariadb --no-defaults --socket="${work}/db/${server}/mysqld.sock" --user=root \
		--default-character-set=utf8mb4 "$@"
}

# sql_value SERVER QUERY: one value, no headers.
sql_value() {
	sql "$1" --batch --skip-column-names -e "$2"
}

# start_mariadb NAME SERVER_ID ADDRESS EXTRA_ARGS...: initialises a data dir and starts
# mariadbd on ADDRESS:db_port.
start_mariadb() {
	local name=$1 server_id=$2 address=$3
	shift 3
	local dir=${work}/db/${name}
	local user_args=()
	mkdir -p "${dir}/data" "${dir}/tmp"
	if [[ $(id -u) == 0 ]]; then
		chown -R mysql:mysql "${dir}"
		user_args=(--user=mysql)
	fi
	mariadb-install-db --no-defaults "${user_args[@]}" --datadir="${dir}/data" \
		--auth-root-authentication-method=socket --skip-test-db >"${dir}/install.log" 2>&1 \
		|| {
			cat "${dir}/install.log" >&2
			die "mariadb-install-db failed for ${name}"
		}
	mariadbd --no-defaults "${user_args[@]}" --datadir="${dir}/data" --tmpdir="${dir}/tmp" \
		--socket="${dir}/mysqld.sock" --pid-file="${dir}/mysqld.pid" --log-error="${dir}/error.log" \
		--bind-address="${address}" --port="${db_port}" --skip-name-resolve --server-id="${server_id}" \
		--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
		--ssl-cert="${work}/db/cert.pem" --ssl-key="${work}/db/key.pem" \
		--innodb-buffer-pool-size="${DB_BUFFER_POOL}" --innodb-log-file-size=256M \
		--innodb-flush-log-at-trx-commit=2 --sync-binlog=0 --max-connections=300 \
		--gtid-domain-id=0 --log-bin=mariadb-bin --binlog-format=ROW \
		--performance-schema=ON "$@" >"${dir}/stdout.log" 2>&1 &
	local pid=$!
	if [[ ${name} == primary ]]; then db_primary_pid=${pid}; else db_replica_pid=${pid}; fi
	local deadline=$(($(date +%s) + 90))
	until mariadb-admin --no-defaults --socket="${dir}/mysqld.sock" --user=root ping >/dev/null 2>&1; do
		kill -0 "${pid}" 2>/dev/null || {
			tail -n 20 "${dir}/error.log" >&2
			die "mariadbd ${name} exited"
		}
		(($(date +%s) < deadline)) || die "mariadbd ${name} not ready within 90 s"
		sleep 0.2
	done
}

# start_database_pair: the primary on 127.0.0.1 and the replica on 127.0.0.2, both on
# db_port (the aws profile has one BUDDY_DB_PORT for the writer and the reader host, as
# RDS has; 127.0.0.2 is loopback too); sets db_port and db_password. The app's user
# exists on both (created before replication starts, so it is not replicated); the
# replica is read_only.
start_database_pair() {
	mkdir -p "${work}/db"
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
		-keyout "${work}/db/key.pem" -out "${work}/db/cert.pem" 2>/dev/null
	chmod 0644 "${work}/db/key.pem"
	db_port=$(free_port)
	db_password=$(openssl rand -hex 16)
	local repl_password
	repl_password=$(openssl rand -hex 16)
	start_mariadb primary 1 127.0.0.1
	start_mariadb replica 2 127.0.0.2 --read-only=1 --relay-log=relay-bin --skip-slave-start
	local server
	for server in primary replica; do
		sql "${server}" <<SQL
SET sql_log_bin = 0;
CREATE USER 'buddyverse'@'127.0.0.%' IDENTIFIED BY '${db_password}';
GRANT ALL PRIVILEGES ON buddyverse.* TO 'buddyverse'@'127.0.0.%';
SQL
	done
	sql primary <<SQL
SET sql_log_bin = 0;
CREATE USER 'repl'@'127.0.0.%' IDENTIFIED BY '${repl_password}';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.%';
SET sql_log_bin = 1;
CREATE DATABASE buddyverse CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SQL
	sql replica <<SQL
CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${db_port}, MASTER_USER='repl',
  MASTER_PASSWORD='${repl_password}', MASTER_USE_GTID=slave_pos;
START SLAVE;
SQL
	await_replica 60
	[[ $(sql_value replica "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME='buddyverse'") == 1 ]] \
		|| die "the replica did not receive the buddyverse database"
}

# await_replica SECONDS: waits until the replica has applied everything the primary has written.
await_replica() {
	local position
	position=$(sql_value primary "SELECT @@gtid_binlog_pos")
	[[ $(sql_value replica "SELECT MASTER_GTID_WAIT('${position}', $1)") == 0 ]] \
		|| die "the replica did not catch up with ${position} within $1 s: $(sql replica -e 'SHOW SLAVE STATUS\G' | grep -E 'Running|Error' | tr -s ' ')"
}

stop_database_pair() {
	local pid
	for pid in "${db_replica_pid}" "${db_primary_pid}"; do
		if [[ -n ${pid} ]]; then
			kill -TERM "${pid}" 2>/dev/null || true
		fi
	done
	for pid in "${db_replica_pid}" "${db_primary_pid}"; do
		if [[ -n ${pid} ]]; then
			# Bounded: a clean InnoDB shutdown takes seconds; then force it.
			for _ in $(seq 1 100); do
				kill -0 "${pid}" 2>/dev/null || break
				sleep 0.2
			done
			kill -KILL "${pid}" 2>/dev/null || true
			wait "${pid}" 2>/dev/null || true
		fi
	done
	db_primary_pid=
	db_replica_pid=
}
