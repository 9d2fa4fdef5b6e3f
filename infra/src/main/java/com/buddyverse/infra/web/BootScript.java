package com.buddyverse.infra.web;

/**
 * The launch template's user data: writes the app's environment file (credentials fetched
 * from Secrets Manager at boot, never in the template), mounts EFS, starts the CloudWatch
 * agent and the app, then signals CloudFormation once {@code /actuator/health} answers,
 * so that creation and rolling updates wait for a healthy app rather than for a booted
 * machine. The contract with the AMI is in {@code packer/}.
 *
 * @param region AWS region
 * @param secretArn ARN of the database credentials secret
 * @param writerHost RDS primary endpoint
 * @param readerHost RDS replica endpoint
 * @param databaseName schema name
 * @param databasePort MySQL port
 * @param fileSystemId EFS id
 * @param autoScalingGroupName the group's physical name
 * @param stackName the stack that owns the group, for the signal
 * @param signalResource the group's logical id, for the signal
 */
public record BootScript(String region, String secretArn, String writerHost, String readerHost, String databaseName,
        int databasePort, String fileSystemId, String autoScalingGroupName, String stackName, String signalResource) {

    public static final String ENV_FILE = "/etc/buddyverse/buddyverse.env";

    public static final String EFS_MOUNT = "/mnt/efs";

    public static final String CLOUDWATCH_AGENT_CONFIG = "/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json";

    /** How long the script waits for the app to report UP before signalling failure. */
    public static final int HEALTH_WAIT_SECONDS = 300;

    /**
     * The script without its shebang ({@code UserData.forLinux()} adds it).
     * @return bash source, with CDK tokens where values are only known at deploy time
     */
    public String render() {
        return """
                set -o nounset -o errexit -o pipefail

                readonly REGION='%1$s'
                readonly DB_SECRET_ARN='%2$s'
                readonly FILE_SYSTEM_ID='%7$s'
                readonly ENV_FILE='%11$s'
                readonly EFS_MOUNT='%12$s'

                signal() {
                    # Only creation and rolling updates wait for this; for scale-out launches it is rejected.
                    aws cloudformation signal-resource --region "$REGION" --stack-name '%9$s' \\
                        --logical-resource-id '%10$s' --unique-id "$INSTANCE_ID" --status "$1" || true
                }

                IMDS_TOKEN=$(curl -fsS --retry 5 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 300' \\
                    http://169.254.169.254/latest/api/token)
                INSTANCE_ID=$(curl -fsS --retry 5 -H "X-aws-ec2-metadata-token: $IMDS_TOKEN" \\
                    http://169.254.169.254/latest/meta-data/instance-id)
                trap 'signal FAILURE' ERR

                # 1. The app's environment, root-only: it holds the database password.
                install -d -m 0755 -o root -g root /etc/buddyverse
                env_tmp=$(mktemp /etc/buddyverse/.buddyverse.env.XXXXXX)
                chmod 0600 "$env_tmp"
                cat > "$env_tmp" <<EOF
                SPRING_PROFILES_ACTIVE=aws
                SERVER_PORT=80
                BUDDY_DB_WRITER_HOST=%3$s
                BUDDY_DB_READER_HOST=%4$s
                BUDDY_DB_PORT=%6$d
                BUDDY_DB_NAME=%5$s
                BUDDY_STORAGE_ROOT=$EFS_MOUNT
                AWS_REGION=$REGION
                BUDDY_INSTANCE_ID=$INSTANCE_ID
                BUDDY_ASG_NAME=%8$s
                EOF
                # The secret goes from the API straight into the file: never on a command line, never in the template.
                aws secretsmanager get-secret-value --region "$REGION" --secret-id "$DB_SECRET_ARN" \\
                    --query SecretString --output text \\
                  | python3 -c 'import json, sys
                secret = json.load(sys.stdin)
                print("BUDDY_DB_USERNAME=" + secret["username"])
                print("BUDDY_DB_PASSWORD=" + secret["password"])' >> "$env_tmp"
                chown root:root "$env_tmp"
                mv -f "$env_tmp" "$ENV_FILE"

                # 2. Shared files on EFS (TLS in transit through amazon-efs-utils).
                install -d -m 0755 "$EFS_MOUNT"
                if ! grep -q "^$FILE_SYSTEM_ID:/ $EFS_MOUNT " /etc/fstab; then
                    echo "$FILE_SYSTEM_ID:/ $EFS_MOUNT efs _netdev,tls 0 0" >> /etc/fstab
                fi
                for attempt in $(seq 1 12); do
                    mountpoint -q "$EFS_MOUNT" && break
                    mount "$EFS_MOUNT" || sleep 10
                done
                mountpoint -q "$EFS_MOUNT"
                install -d -m 0755 -o buddyverse -g buddyverse "$EFS_MOUNT/static" "$EFS_MOUNT/media"

                # 3. Metrics and logs (the agent and its configuration are baked into the AMI).
                /opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s \\
                    -c 'file:%13$s'

                # 4. The app.
                systemctl enable --now buddyverse.service

                # 5. Report to CloudFormation once the app is UP.
                for attempt in $(seq 1 %14$d); do
                    if curl -fsS -o /dev/null --max-time 2 http://127.0.0.1/actuator/health; then
                        signal SUCCESS
                        exit 0
                    fi
                    sleep 5
                done
                echo "buddyverse.service did not report UP within %15$d s" >&2
                signal FAILURE
                exit 1
                """.formatted(this.region, this.secretArn, this.writerHost, this.readerHost, this.databaseName,
                this.databasePort, this.fileSystemId, this.autoScalingGroupName, this.stackName, this.signalResource,
                ENV_FILE, EFS_MOUNT, CLOUDWATCH_AGENT_CONFIG, HEALTH_WAIT_SECONDS / 5, HEALTH_WAIT_SECONDS);
    }

}
