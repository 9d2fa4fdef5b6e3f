#!/usr/bin/env bash
# The systemd unit, its log file and rotation, and the directory user data
# writes the environment file into. Enabled, not started: the unit's
# conditions keep it from starting until user data has configured the instance.
set -o nounset -o errexit -o pipefail

: "${BAKE_DIR:?BAKE_DIR must point at the uploaded files/}"
readonly files="${BAKE_DIR}/files"

install -m 0644 "${files}/buddyverse.service" /etc/systemd/system/buddyverse.service
install -m 0644 "${files}/logrotate-buddyverse" /etc/logrotate.d/buddyverse

# Written by systemd (as root) for the service: root-owned, readable by the
# service's group for humans in that group, and by the root CloudWatch agent.
install -d -m 0750 -o root -g buddyverse /var/log/buddyverse

# The environment file holds the database password: root only. An example
# (no secrets) documents the format next to it.
install -d -m 0750 -o root -g root /etc/buddyverse
install -m 0644 "${files}/buddyverse.env.example" /etc/buddyverse/buddyverse.env.example

systemctl daemon-reload
systemctl enable buddyverse.service
systemd-analyze verify /etc/systemd/system/buddyverse.service
