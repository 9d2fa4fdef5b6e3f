#!/usr/bin/env bash
# The system user the service runs as. Its uid/gid are fixed, not allocated:
# files on the shared EFS file system keep their numeric owner, so every
# instance of every AMI version must agree on it.
set -o nounset -o errexit -o pipefail

readonly APP_USER=buddyverse
readonly APP_ID=2100
readonly APP_HOME=/opt/buddyverse

if ! getent group "${APP_USER}" >/dev/null; then
    groupadd --system --gid "${APP_ID}" "${APP_USER}"
fi
if ! getent passwd "${APP_USER}" >/dev/null; then
    useradd --system --uid "${APP_ID}" --gid "${APP_USER}" \
        --home-dir "${APP_HOME}" --no-create-home --shell /sbin/nologin \
        --comment "BuddyVerse application" "${APP_USER}"
fi

if [[ $(id -u "${APP_USER}") != "${APP_ID}" || $(id -g "${APP_USER}") != "${APP_ID}" ]]; then
    echo "user.sh: ${APP_USER} exists with uid/gid $(id -u "${APP_USER}")/$(id -g "${APP_USER}"), expected ${APP_ID}" >&2
    exit 1
fi

# The code is root's: the service can read it but not change it.
install -d -m 0755 -o root -g root "${APP_HOME}"
