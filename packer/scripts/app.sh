#!/usr/bin/env bash
# Installs the JVM options and the extracted jar, then trains the Java 25 AOT
# cache the service starts with (JEP 483/514/515). The training run is the
# service's command line with the aot-training profile: the Spring context
# refreshes without a database and the JVM exits (spring.context.exit).
#
# The same script lays out the local ExecStart test (packer/test), so the
# paths can be overridden; the bake uses the defaults.
set -o nounset -o errexit -o pipefail

: "${BAKE_DIR:?BAKE_DIR must point at the uploaded jar and files/}"
: "${APP_HOME:=/opt/buddyverse}"
: "${JAVA_BIN:=/usr/bin/java}"
: "${AWS_REGION:=ap-northeast-2}"

readonly jar="${BAKE_DIR}/buddyverse.jar"
readonly app_dir="${APP_HOME}/app"
readonly aot_cache="${app_dir}/buddyverse.aot"

if [[ ! -f ${jar} ]]; then
    echo "app.sh: ${jar} not found" >&2
    exit 1
fi

install -d -m 0755 "${APP_HOME}"
install -m 0644 "${BAKE_DIR}/files/jvm.options" "${APP_HOME}/jvm.options"

# Extract afresh: buddyverse.jar (thin, with a Class-Path manifest) + lib/.
# Faster to start than the nested executable jar, and what the AOT cache needs:
# it records this exact class path, so nothing here may change after training.
rm -rf "${app_dir}"
"${JAVA_BIN}" -Djarmode=tools -jar "${jar}" extract --destination "${app_dir}"

training_dir=$(mktemp -d)
trap 'rm -rf "${training_dir}"' EXIT
mkdir -p "${training_dir}/storage/static" "${training_dir}/storage/media"

echo "app.sh: training the AOT cache (log: ${training_dir}/training.log)"
if ! (
    cd "${APP_HOME}"
    export LANG=C.UTF-8 AWS_REGION
    export BUDDY_STORAGE_ROOT="${training_dir}/storage"
    export BUDDY_INSTANCE_ID=aot-training BUDDY_ASG_NAME=aot-training
    "${JAVA_BIN}" "@${APP_HOME}/jvm.options" \
        -XX:AOTCacheOutput="${aot_cache}" \
        -Dspring.context.exit=onRefresh \
        -Dspring.profiles.active=aws,aot-training \
        -jar "${app_dir}/buddyverse.jar"
) >"${training_dir}/training.log" 2>&1; then
    tail -n 80 "${training_dir}/training.log" >&2
    echo "app.sh: AOT training run failed" >&2
    exit 1
fi

if [[ ! -s ${aot_cache} ]]; then
    tail -n 80 "${training_dir}/training.log" >&2
    echo "app.sh: the training run did not write ${aot_cache}" >&2
    exit 1
fi

chmod -R u=rwX,go=rX "${app_dir}"
if [[ $(id -u) == 0 ]]; then
    chown -R root:root "${APP_HOME}/jvm.options" "${app_dir}"
fi

cat >"${APP_HOME}/VERSION" <<VERSION
app_version=${APP_VERSION:-unknown}
git_commit=${GIT_COMMIT:-unknown}
VERSION
echo "app.sh: $(du -sh "${app_dir}" | cut -f1) in ${app_dir}, AOT cache $(du -h "${aot_cache}" | cut -f1)"
