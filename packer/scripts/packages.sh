#!/usr/bin/env bash
# Security updates, Amazon Corretto 25 (headless) and logrotate.
set -o nounset -o errexit -o pipefail

: "${JAVA_PACKAGE:=java-25-amazon-corretto-headless}"

# Updates within the Amazon Linux 2023 release of the base AMI; the source AMI
# filter already picks the newest release.
dnf --assumeyes --quiet upgrade

if ! dnf --quiet list --available "${JAVA_PACKAGE}" >/dev/null 2>&1 \
    && ! rpm --quiet --query "${JAVA_PACKAGE}"; then
    # Not (yet) in the Amazon Linux repositories: use Corretto's own repository.
    rpm --import https://yum.corretto.aws/corretto.key
    curl --fail --silent --show-error --location \
        --output /etc/yum.repos.d/corretto.repo https://yum.corretto.aws/corretto.repo
fi

dnf --assumeyes --quiet install "${JAVA_PACKAGE}" logrotate

java_version=$(/usr/bin/java -XshowSettings:properties -version 2>&1 \
    | awk -F' = ' '/java.specification.version/ { print $2 }')
if [[ ${java_version} != 25 ]]; then
    echo "packages.sh: /usr/bin/java is Java '${java_version}', expected 25" >&2
    exit 1
fi
/usr/bin/java -version
