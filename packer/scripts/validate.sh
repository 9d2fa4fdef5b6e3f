#!/usr/bin/env bash
# Fails the bake (no AMI is registered) if per-instance state survived
# cleanup.sh, or if the image would not run the service.
set -o nounset -o errexit -o pipefail

problems=0
fail() {
    echo "validate.sh: $*" >&2
    problems=$((problems + 1))
}

# --- what cleanup.sh must have removed --------------------------------------
compgen -G '/etc/ssh/ssh_host_*' >/dev/null && fail "SSH host keys remain: $(echo /etc/ssh/ssh_host_*)"
keys=$(find /root /home -name authorized_keys -path '*/.ssh/*' -type f)
[[ -z ${keys} ]] || fail "authorized_keys remain: ${keys}"
history=$(find /root /home -maxdepth 2 -name '.*_history' -type f)
[[ -z ${history} ]] || fail "shell history remains: ${history}"
[[ -e /var/lib/cloud/instance || -n $(find /var/lib/cloud/instances -mindepth 1 -maxdepth 1 2>/dev/null) ]] \
    && fail "cloud-init instance state remains under /var/lib/cloud"
[[ -e /var/log/cloud-init.log ]] && fail "cloud-init logs remain"
[[ -f /etc/machine-id && ! -s /etc/machine-id ]] || fail "/etc/machine-id is missing or not empty"
logs=$(find /var/log -path /var/log/journal -prune -o -type f -size +0 -print)
[[ -z ${logs} ]] || fail "non-empty log files remain: ${logs}"
[[ -z $(find /var/log/buddyverse -mindepth 1) ]] || fail "/var/log/buddyverse is not empty"
[[ -e /tmp/buddyverse-bake ]] && fail "the bake's upload directory remains"

# --- no configuration or secrets baked in -----------------------------------
[[ -e /etc/buddyverse/buddyverse.env ]] && fail "/etc/buddyverse/buddyverse.env is baked in; it must come from user data"
grep -Eq '[[:space:]]/mnt/efs[[:space:]]' /etc/fstab && fail "/etc/fstab mounts /mnt/efs; that comes from user data"
[[ -d /mnt/efs ]] || fail "the /mnt/efs mount point is missing"
mountpoint -q /mnt/efs && fail "/mnt/efs is mounted on the build instance"
[[ -e /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.toml ]] \
    && fail "a translated CloudWatch agent config (with this instance's ids) remains"

# --- what the service needs --------------------------------------------------
[[ $(systemctl is-enabled buddyverse.service 2>&1) == enabled ]] || fail "buddyverse.service is not enabled"
systemctl is-active --quiet buddyverse.service && fail "buddyverse.service is running on the build instance"
[[ $(systemctl is-enabled amazon-cloudwatch-agent.service 2>&1) == enabled ]] \
    || fail "amazon-cloudwatch-agent.service is not enabled"
systemd-analyze verify /etc/systemd/system/buddyverse.service || fail "systemd-analyze verify buddyverse.service failed"
[[ $(id -u buddyverse 2>/dev/null) == 2100 ]] || fail "user buddyverse does not have uid 2100"
for f in /opt/buddyverse/jvm.options /opt/buddyverse/app/buddyverse.jar /opt/buddyverse/app/buddyverse.aot; do
    [[ -s ${f} ]] || fail "${f} is missing or empty"
done
[[ -d /opt/buddyverse/app/lib ]] || fail "/opt/buddyverse/app/lib is missing"
java_settings=$(/usr/bin/java -XshowSettings:properties -version 2>&1 || true)
grep -q 'java.specification.version = 25' <<<"${java_settings}" || fail "/usr/bin/java is not Java 25"
[[ -f /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json ]] || fail "CloudWatch agent config missing"
rpm --quiet --query amazon-efs-utils || fail "amazon-efs-utils is not installed"

if ((problems > 0)); then
    echo "validate.sh: ${problems} problem(s); the image is not registered" >&2
    exit 1
fi
echo "validate.sh: image is clean and the service is enabled"
