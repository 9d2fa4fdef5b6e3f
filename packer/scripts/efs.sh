#!/usr/bin/env bash
# EFS mount helper (TLS via stunnel) and the empty mount point. The fstab
# entry (file system id, _netdev,tls) comes from user data, never from here.
set -o nounset -o errexit -o pipefail

dnf --assumeyes --quiet install amazon-efs-utils
install -d -m 0755 -o root -g root /mnt/efs

if grep -Eq '[[:space:]]/mnt/efs[[:space:]]' /etc/fstab; then
    echo "efs.sh: /etc/fstab already mounts /mnt/efs; that belongs to user data" >&2
    exit 1
fi
