#!/usr/bin/env bash
# CloudWatch agent: memory, disk and the app's JSON log, dimensioned by Auto
# Scaling group and instance. The agent translates the JSON into its TOML at
# every start, so ${aws:...} and {instance_id} resolve on each new instance;
# nothing translated here may stay in the image.
set -o nounset -o errexit -o pipefail

: "${BAKE_DIR:?BAKE_DIR must point at the uploaded files/}"
readonly agent_dir=/opt/aws/amazon-cloudwatch-agent

dnf --assumeyes --quiet install amazon-cloudwatch-agent
install -m 0644 "${BAKE_DIR}/files/amazon-cloudwatch-agent.json" \
    "${agent_dir}/etc/amazon-cloudwatch-agent.json"

# Check the configuration with the agent's own translator, into a scratch file.
scratch=$(mktemp -d)
trap 'rm -rf "${scratch}"' EXIT
translate=("${agent_dir}/bin/config-translator" --mode ec2
    --input "${agent_dir}/etc/amazon-cloudwatch-agent.json"
    --output "${scratch}/amazon-cloudwatch-agent.toml")
if [[ -d ${agent_dir}/etc/amazon-cloudwatch-agent.d ]]; then
    translate+=(--input-dir "${agent_dir}/etc/amazon-cloudwatch-agent.d")
fi
if [[ -f ${agent_dir}/etc/common-config.toml ]]; then
    translate+=(--config "${agent_dir}/etc/common-config.toml")
fi
"${translate[@]}"

systemctl enable amazon-cloudwatch-agent.service
