#!/usr/bin/env bash
# Offline checks of the golden-AMI build (packer/), run by CI:
#   packer fmt, packer validate (Debian's packer 1.6.6, see README.md),
#   ShellCheck on every script, the provisioning scripts' conventions, the JVM options file,
#   systemd-analyze verify of the unit, the CloudWatch agent configuration and
#   its agreement with the unit and logrotate, and finally execstart-test.sh,
#   which starts the app the way the unit does and waits for it to be healthy.
#
# Usage: packer/test/check.sh [JAR]   (default: target/buddyverse.jar)
# Installs nothing. Needs: packer shellcheck systemd jq curl iproute2
# mariadb-server, and a Java 25 JDK (JAVA_HOME, default Temurin 25).
set -o nounset -o errexit -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
packer_dir=$(dirname "${here}")
repo=$(dirname "${packer_dir}")
jar=${1:-${repo}/target/buddyverse.jar}
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
# No version check against HashiCorp's servers: these checks are offline.
export CHECKPOINT_DISABLE=1

passed=0
failed=0
pass() {
    echo "ok   - $1"
    passed=$((passed + 1))
}
fail() {
    echo "FAIL - $1" >&2
    failed=$((failed + 1))
}
# expect DESCRIPTION COMMAND...: pass or fail on the command's status.
expect() {
    local description=$1
    shift
    if "$@"; then pass "${description}"; else fail "${description}"; fi
}

missing=()
for tool in packer:packer shellcheck:shellcheck systemd-analyze:systemd jq:jq curl:curl ss:iproute2 \
    mariadbd:mariadb-server mariadb-install-db:mariadb-server awk:mawk-or-gawk; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool%%:*} (Debian package ${tool#*:})")
done
[[ -x ${JAVA_HOME}/bin/java ]] || missing+=("Java 25 at JAVA_HOME=${JAVA_HOME}")
if ((${#missing[@]} > 0)); then
    printf 'check.sh: missing tool: %s\n' "${missing[@]}" >&2
    # CI installs these (.ci/run), so there a missing tool is a failure; a developer's
    # machine without them gets the list of what to install and a skip.
    if [[ ${CI:-} == true ]]; then
        exit 2
    fi
    echo "check.sh: SKIPPED the packer checks (install the packages above to run them)" >&2
    exit 0
fi

work=$(mktemp -d /tmp/packer-check.XXXXXX)
trap 'rm -rf "${work}"' EXIT

# --- packer fmt ---------------------------------------------------------------
if packer fmt -check -diff "${packer_dir}"; then
    pass "packer fmt -check"
else
    fail "packer fmt -check (run: packer fmt packer/)"
fi

# --- packer validate ------------------------------------------------------------
# packer 1.6.6 cannot parse required_plugins (so plugins.pkr.hcl stays out),
# evaluates validation conditions without functions (hcl-1.6.6-compat.awk turns
# them into locals that fail with the same message) and its built-in amazon-ebs
# builder predates these settings (dropped from the copy, after checking they
# are there):
newer_than_1_6_6=metadata_options,imds_support
if grep -Eq '^  metadata_options \{$' "${packer_dir}/sources.pkr.hcl" \
    && grep -Eq 'http_tokens += "required"' "${packer_dir}/sources.pkr.hcl" \
    && grep -Eq '^  imds_support += "v2.0"$' "${packer_dir}/sources.pkr.hcl"; then
    pass "sources.pkr.hcl requires IMDSv2 (metadata_options http_tokens, imds_support v2.0)"
else
    fail "sources.pkr.hcl must require IMDSv2: metadata_options { http_tokens = \"required\" } and imds_support = \"v2.0\""
fi
if grep -Eq 'version += "= [0-9]+\.[0-9]+\.[0-9]+"' "${packer_dir}/plugins.pkr.hcl" \
    && grep -q 'github.com/hashicorp/amazon' "${packer_dir}/plugins.pkr.hcl"; then
    pass "plugins.pkr.hcl pins the amazon plugin to one version"
else
    fail "plugins.pkr.hcl must pin github.com/hashicorp/amazon with version = \"= x.y.z\""
fi

validate_dir=${work}/validate
mkdir -p "${validate_dir}"
cp -R "${packer_dir}/scripts" "${packer_dir}/files" "${validate_dir}/"
cp "${packer_dir}"/*.pkrvars.hcl "${validate_dir}/"
for file in "${packer_dir}"/*.pkr.hcl; do
    name=$(basename "${file}")
    [[ ${name} == plugins.pkr.hcl ]] && continue
    awk -v strip="${newer_than_1_6_6}" -f "${here}/hcl-1.6.6-compat.awk" "${file}" >"${validate_dir}/${name}"
done
touch "${validate_dir}/buddyverse.jar"
# In a network namespace of its own where possible: proof that validating
# needs neither AWS nor any other network.
offline=()
if unshare --net true 2>/dev/null; then
    offline=(unshare --net)
fi
validate() {
    (cd "${validate_dir}" && "${offline[@]}" packer validate -var app_version=0.0.0-check \
        -var git_commit=0000000 -var jar_path=buddyverse.jar "$@" .)
}
for varfile in "${validate_dir}"/*.pkrvars.hcl; do
    if out=$(validate -var-file="${varfile}" 2>&1); then
        pass "packer validate -var-file=$(basename "${varfile}")${offline:+ (without network)}"
    else
        echo "${out}" >&2
        fail "packer validate -var-file=$(basename "${varfile}")"
    fi
done
# The variable checks must bite: each of these values has to be refused.
for bad in region=seoul instance_type=t4g.micro app_version=latest git_commit=HEAD \
    jar_path=missing.jar source_ami_name=amzn2-ami-hvm-x86_64 java_package=java-21-amazon-corretto-headless \
    environment=qa root_volume_size_gb=4 subnet_id=vpc-1 'ssh_source_cidrs=["0.0.0.0/0"]'; do
    if out=$(validate -var-file="${validate_dir}/prod.pkrvars.hcl" -var "${bad}" 2>&1); then
        fail "packer validate accepted ${bad}"
    elif grep -q "var\.${bad%%=*} is" <<<"${out}"; then
        pass "packer validate refuses ${bad}"
    else
        echo "${out}" >&2
        fail "packer validate refused ${bad} for another reason"
    fi
done

# --- shell scripts ------------------------------------------------------------
scripts=("${packer_dir}"/scripts/*.sh "${here}"/*.sh)
if shellcheck --external-sources "${scripts[@]}"; then
    pass "shellcheck (${#scripts[@]} scripts)"
else
    fail "shellcheck"
fi
for script in "${scripts[@]}"; do
    first=$(awk '!/^#/ && !/^$/ { print; exit }' "${script}")
    if [[ ${first} == 'set -o nounset -o errexit -o pipefail' ]]; then
        pass "$(basename "${script}") starts with set -o nounset -o errexit -o pipefail"
    else
        fail "$(basename "${script}"): first command is '${first}', not set -o nounset -o errexit -o pipefail"
    fi
done
for script in packages user app service efs cloudwatch cleanup validate; do
    if grep -q "scripts/${script}.sh" "${packer_dir}/build.pkr.hcl"; then
        pass "build.pkr.hcl runs scripts/${script}.sh"
    else
        fail "build.pkr.hcl does not run scripts/${script}.sh"
    fi
done

# --- JVM options --------------------------------------------------------------
# An argfile token the launcher did not drop as a comment would become the main
# class and fail this run.
jvm_options=${packer_dir}/files/jvm.options
if settings=$("${JAVA_HOME}/bin/java" "@${jvm_options}" -XshowSettings:properties -version 2>&1) \
    && grep -q 'java.specification.version = 25' <<<"${settings}" \
    && grep -q 'sun.net.inetaddr.ttl = 30' <<<"${settings}" \
    && grep -q 'stdout.encoding = UTF-8' <<<"${settings}"; then
    pass "jvm.options is a valid Java 25 argfile (comments dropped, properties set)"
else
    echo "${settings:-}" >&2
    fail "jvm.options is not accepted by java @argfile"
fi

# --- systemd unit -------------------------------------------------------------
# Verified as a copy whose executable exists on this host (a link to the JDK in
# a scratch directory); the unit itself is verified unchanged on the build
# instance by service.sh and validate.sh. Any output (unknown keys, bad values)
# counts as a failure, not only the exit status.
unit=${packer_dir}/files/buddyverse.service
mkdir -p "${work}/unit/usr/bin"
ln -s "${JAVA_HOME}/bin/java" "${work}/unit/usr/bin/java"
sed "s#^ExecStart=/usr/bin/java #ExecStart=${work}/unit/usr/bin/java #" "${unit}" >"${work}/unit/buddyverse.service"
if out=$(systemd-analyze verify --man=no "${work}/unit/buddyverse.service" 2>&1) && [[ -z ${out} ]]; then
    pass "systemd-analyze verify buddyverse.service"
else
    echo "${out}" >&2
    fail "systemd-analyze verify buddyverse.service"
fi
unit_value() { awk -v key="$1=" 'index($0, key) == 1 { print substr($0, length(key) + 1); exit }' "${unit}"; }
expect "unit runs as User=buddyverse" test "$(unit_value User)" = buddyverse
expect "unit accepts exit status 143 (SuccessExitStatus)" grep -qE '^SuccessExitStatus=.*\b143\b' "${unit}"
stop_timeout=$(unit_value TimeoutStopSec)
if [[ ${stop_timeout} =~ ^[0-9]+$ ]] && ((stop_timeout > 20)); then
    pass "TimeoutStopSec=${stop_timeout} outlasts the app's 20 s graceful shutdown"
else
    fail "TimeoutStopSec must be a number of seconds above 20, is '${stop_timeout}'"
fi
for key in 'ConditionPathExists=/etc/buddyverse/buddyverse.env' 'RequiresMountsFor=/mnt/efs' \
    'EnvironmentFile=/etc/buddyverse/buddyverse.env' 'AmbientCapabilities=CAP_NET_BIND_SERVICE' \
    'Restart=on-failure' 'NoNewPrivileges=true' 'ProtectSystem=strict' 'ReadWritePaths=/mnt/efs' 'PrivateTmp=true'; do
    expect "unit has ${key}" grep -qxF "${key}" "${unit}"
done
exec_start=$(unit_value ExecStart)
for part in '@/opt/buddyverse/jvm.options' '-XX:AOTCache=/opt/buddyverse/app/buddyverse.aot' '-jar /opt/buddyverse/app/buddyverse.jar'; do
    expect "ExecStart has ${part}" grep -qF -- "${part}" <<<"${exec_start}"
done

# --- the environment file contract with user data ----------------------------
contract="AWS_REGION BUDDY_ASG_NAME BUDDY_DB_NAME BUDDY_DB_PASSWORD BUDDY_DB_PORT BUDDY_DB_READER_HOST \
BUDDY_DB_USERNAME BUDDY_DB_WRITER_HOST BUDDY_INSTANCE_ID BUDDY_STORAGE_ROOT SERVER_PORT SPRING_PROFILES_ACTIVE"
example_keys=$(sed -n 's/^\([A-Z_][A-Z0-9_]*\)=.*/\1/p' "${packer_dir}/files/buddyverse.env.example" | sort | tr '\n' ' ')
expect "buddyverse.env.example names exactly the user-data variables" test "${example_keys% }" = "${contract}"

# --- CloudWatch agent and logrotate agree with the unit -----------------------
cw=${packer_dir}/files/amazon-cloudwatch-agent.json
log_file=$(unit_value StandardOutput)
log_file=${log_file#append:}
if jq -e --arg log "${log_file}" '
        .metrics.append_dimensions.AutoScalingGroupName == "${aws:AutoScalingGroupName}"
        and .metrics.append_dimensions.InstanceId == "${aws:InstanceId}"
        and (.metrics.metrics_collected | has("mem") and has("disk"))
        and ([.logs.logs_collected.files.collect_list[].file_path] | index($log) != null)' "${cw}" >/dev/null; then
    pass "CloudWatch agent config: mem, disk, ASG/instance dimensions, collects ${log_file}"
else
    fail "CloudWatch agent config must collect mem, disk, append AutoScalingGroupName/InstanceId and tail ${log_file}"
fi
if grep -q "^${log_file} {" "${packer_dir}/files/logrotate-buddyverse"; then
    pass "logrotate rotates ${log_file}"
else
    fail "logrotate-buddyverse does not rotate ${log_file}"
fi

# --- the Dockerfile starts the app like the unit (it cannot be built here) -----
dockerfile=${repo}/Dockerfile
if [[ -f ${dockerfile} ]]; then
    expect "Dockerfile copies packer/files/jvm.options" grep -q '^COPY packer/files/jvm.options /opt/buddyverse/jvm.options$' "${dockerfile}"
    expect "Dockerfile trains the AOT cache with the aot-training profile" \
        grep -q -- '-Dspring.profiles.active=aws,aot-training' "${dockerfile}"
    entrypoint=$(sed -n '/^ENTRYPOINT/,/]$/p' "${dockerfile}" | tr -d '\\\n"[],' | tr -s ' ')
    expect "Dockerfile ENTRYPOINT is the unit's ExecStart with java from PATH" \
        test "${entrypoint}" = "ENTRYPOINT java ${exec_start#/usr/bin/java }"
    expect "Dockerfile runs as the non-root user buddyverse" grep -qx 'USER buddyverse' "${dockerfile}"
    expect "Dockerfile exposes 8080" grep -qx 'EXPOSE 8080' "${dockerfile}"
    expect ".dockerignore lets jvm.options into the build context" grep -qxF '!packer/files/jvm.options' "${repo}/.dockerignore"
else
    fail "no Dockerfile at the repository root"
fi

# --- the service's command line, for real -------------------------------------
if "${here}/execstart-test.sh" "${jar}"; then
    pass "execstart-test.sh: the unit's ExecStart became healthy and stopped cleanly"
else
    fail "execstart-test.sh"
fi

echo "packer: ${passed} passed, ${failed} failed"
((failed == 0))
