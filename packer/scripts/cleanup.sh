#!/usr/bin/env bash
# Removes everything that belongs to this build instance rather than to the
# image: every instance launched from the AMI must get its own host keys,
# machine-id, cloud-init run (so user data runs), and start with empty logs.
# validate.sh, run right after, fails the bake if any of it is left.
set -o nounset -o errexit -o pipefail

: "${BAKE_DIR:=/tmp/buddyverse-bake}"
readonly cw_dir=/opt/aws/amazon-cloudwatch-agent

rm -rf "${BAKE_DIR}"

# Package caches.
dnf clean all >/dev/null
rm -rf /var/cache/dnf/*

# SSH: host keys are regenerated at first boot; the launch key pair (if any)
# is installed by cloud-init on the new instance.
rm -f /etc/ssh/ssh_host_*
find /root /home -name authorized_keys -path '*/.ssh/*' -type f -delete

# cloud-init: forget this instance so the next boot is a first boot.
cloud-init clean --logs

# machine-id: empty, so systemd generates a new one at first boot.
truncate -s 0 /etc/machine-id
if [[ -f /var/lib/dbus/machine-id && ! -L /var/lib/dbus/machine-id ]]; then
    rm -f /var/lib/dbus/machine-id
fi
rm -f /var/lib/systemd/random-seed

# Anything the CloudWatch agent translated or logged (it was not started,
# but make sure).
rm -f "${cw_dir}/etc/amazon-cloudwatch-agent.toml" "${cw_dir}/etc/env-config.json"
rm -rf "${cw_dir}/logs/"*

# Logs: stop the services that write to /var/log on their own while the
# bake finishes (they start again at boot), then remove the app log and
# rotated logs, empty every other file and vacuum the journal.
for service in amazon-ssm-agent.service amazon-cloudwatch-agent.service; do
    if systemctl is-active --quiet "${service}"; then
        systemctl stop "${service}"
    fi
done
if systemctl is-active --quiet auditd.service; then
    # auditd refuses a manual stop; a signal is its documented way out.
    systemctl kill --signal=SIGTERM auditd.service
fi
rm -rf /var/log/buddyverse/*
find /var/log -type f \( -name '*.gz' -o -name '*.[0-9]' -o -name '*-[0-9]*' -o -name '*.old' \) -delete
find /var/log -path /var/log/journal -prune -o -type f -exec truncate -s 0 {} +
journalctl --flush --rotate >/dev/null 2>&1 || true
journalctl --vacuum-time=1s >/dev/null 2>&1 || true
rm -rf /var/tmp/*

# Shell history of everyone who logged in while baking.
find /root /home -maxdepth 2 -name '.*_history' -type f -delete
unset HISTFILE
