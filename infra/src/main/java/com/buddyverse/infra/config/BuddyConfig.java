package com.buddyverse.infra.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Everything that varies between deployments, read from CDK context and validated before
 * any construct is built. Values come from {@code cdk.json} or {@code -c key=value}
 * (strings), so every reader accepts both JSON types and their string form.
 */
public record BuddyConfig(String envName, String account, String domainName, String hostedZoneId, String amiId,
        String instanceType, String dbInstanceType, NatMode natMode, Capacity capacity, int cpuTarget, boolean multiAz,
        boolean deletionProtection, boolean snapshotOnDelete, EfsThroughput efsThroughput, boolean bastion,
        Optional<String> alarmEmail) {

    /**
     * The architecture is drawn for Seoul and its AZs a and c; the region is not a
     * parameter.
     */
    public static final String REGION = "ap-northeast-2";

    public static final List<String> AVAILABILITY_ZONES = List.of("ap-northeast-2a", "ap-northeast-2c");

    /**
     * Values {@code cdk.json} carries so that {@code cdk synth} works out of the box;
     * never deployable.
     */
    public static final String PLACEHOLDER_ACCOUNT = "123456789012";

    public static final String PLACEHOLDER_HOSTED_ZONE_ID = "Z00000000PLACEHOLDER";

    public static final String PLACEHOLDER_AMI_ID = "ami-00000000000000000";

    private static final Pattern ENV_NAME = Pattern.compile("[a-z][a-z0-9]{1,9}");

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private static final Pattern DOMAIN = Pattern
        .compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private static final Pattern HOSTED_ZONE_ID = Pattern.compile("Z[A-Z0-9]{1,31}");

    private static final Pattern AMI_ID = Pattern.compile("ami-[0-9a-f]{8,17}");

    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");

    private static final Pattern DB_INSTANCE_TYPE = Pattern.compile("db\\.[a-z][a-z0-9-]*\\.[a-z0-9]+");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Auto Scaling group sizes, validated {@code 1 <= min <= desired <= max}. */
    public record Capacity(int min, int desired, int max) {
    }

    /**
     * Reads and validates the context.
     * @param context CDK context lookup ({@code node.tryGetContext})
     * @param environment process environment, for {@code CDK_DEFAULT_ACCOUNT} when no
     * account is given
     * @return a valid configuration
     * @throws InvalidContextException listing every invalid value
     */
    public static BuddyConfig fromContext(Function<String, Object> context, Map<String, String> environment) {
        var reader = new Reader(context);
        var envName = reader.matching("env", ENV_NAME, null,
                "lower-case letters and digits, 2-10 characters, starting with a letter (e.g. dev, prod)");
        var account = reader.matching("account", ACCOUNT, environment.get("CDK_DEFAULT_ACCOUNT"),
                "a 12-digit AWS account id (or set CDK_DEFAULT_ACCOUNT)");
        var domainName = reader.matching("domainName", DOMAIN, null, "a lower-case DNS name such as buddyverse.link");
        var hostedZoneId = reader.matching("hostedZoneId", HOSTED_ZONE_ID, null,
                "the Route 53 hosted zone id of domainName, e.g. Z0123456789ABCDEFGHIJ");
        var amiId = reader.matching("amiId", AMI_ID, null,
                "the golden AMI id baked by Packer: builds[-1].artifact_id of packer/manifest.json, without the"
                        + " 'ap-northeast-2:' prefix");
        var instanceType = reader.matching("instanceType", INSTANCE_TYPE, "t3.micro", "an EC2 instance type");
        var dbInstanceType = reader.matching("dbInstanceType", DB_INSTANCE_TYPE, "db.t4g.micro",
                "an RDS instance class such as db.t4g.micro");
        var natMode = reader.oneOf("natMode", "gateway", NatMode::fromContext, "gateway, gateway-per-az or instance");
        var min = reader.integer("asgMin", 2, 1, 20);
        var desired = reader.integer("asgDesired", 2, 1, 20);
        var max = reader.integer("asgMax", 4, 1, 20);
        if (min != null && desired != null && max != null && !(min <= desired && desired <= max)) {
            reader.problem("asgMin <= asgDesired <= asgMax must hold, got " + min + " / " + desired + " / " + max);
        }
        var cpuTarget = reader.integer("cpuTarget", 60, 10, 90);
        var multiAz = reader.bool("multiAz", false);
        var deletionProtection = reader.bool("deletionProtection", true);
        var snapshotOnDelete = reader.bool("snapshotOnDelete", true);
        var efsThroughput = reader.oneOf("efsThroughput", "elastic", EfsThroughput::fromContext, "elastic or bursting");
        var bastion = reader.bool("bastion", false);
        var alarmEmail = reader.matching("alarmEmail", EMAIL, "", "an e-mail address (or leave it out)");
        reader.throwIfInvalid();
        return new BuddyConfig(envName, account, domainName, hostedZoneId, amiId, instanceType, dbInstanceType, natMode,
                new Capacity(min, desired, max), cpuTarget, multiAz, deletionProtection, snapshotOnDelete,
                efsThroughput, bastion, Optional.ofNullable(alarmEmail).filter(email -> !email.isEmpty()));
    }

    /**
     * Placeholder values still in use; the app warns about each, since a deployment with
     * them cannot work.
     */
    public List<String> placeholders() {
        var placeholders = new ArrayList<String>();
        if (PLACEHOLDER_ACCOUNT.equals(this.account)) {
            placeholders.add("account");
        }
        if (PLACEHOLDER_HOSTED_ZONE_ID.equals(this.hostedZoneId)) {
            placeholders.add("hostedZoneId");
        }
        if (PLACEHOLDER_AMI_ID.equals(this.amiId)) {
            placeholders.add("amiId");
        }
        return placeholders;
    }

    private static final class Reader {

        private final Function<String, Object> context;

        private final List<String> problems = new ArrayList<>();

        Reader(Function<String, Object> context) {
            this.context = context;
        }

        String matching(String key, Pattern pattern, String fallback, String expected) {
            var raw = this.context.apply(key);
            if (raw == null) {
                if (fallback == null) {
                    problem("'" + key + "' is required: " + expected);
                }
                return fallback;
            }
            var value = raw.toString().trim();
            if (!value.isEmpty() || fallback == null || !fallback.isEmpty()) {
                if (!pattern.matcher(value).matches()) {
                    problem("'" + key + "' must be " + expected + ", got '" + value + "'");
                    return fallback;
                }
            }
            return value;
        }

        <T> T oneOf(String key, String fallback, Function<String, T> parser, String expected) {
            var value = Optional.ofNullable(this.context.apply(key)).map(Object::toString).orElse(fallback);
            try {
                return parser.apply(value);
            }
            catch (IllegalArgumentException ex) {
                problem("'" + key + "' must be one of " + expected + ", got '" + value + "'");
                return null;
            }
        }

        Integer integer(String key, int fallback, int lowest, int highest) {
            var raw = this.context.apply(key);
            if (raw == null) {
                return fallback;
            }
            try {
                var value = (raw instanceof Number number) ? number.intValue()
                        : Integer.parseInt(raw.toString().trim());
                if (value < lowest || value > highest) {
                    problem("'" + key + "' must be between " + lowest + " and " + highest + ", got " + value);
                    return null;
                }
                return value;
            }
            catch (NumberFormatException ex) {
                problem("'" + key + "' must be a whole number, got '" + raw + "'");
                return null;
            }
        }

        boolean bool(String key, boolean fallback) {
            var raw = this.context.apply(key);
            if (raw == null) {
                return fallback;
            }
            if (raw instanceof Boolean value) {
                return value;
            }
            return switch (raw.toString().trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    problem("'" + key + "' must be true or false, got '" + raw + "'");
                    yield fallback;
                }
            };
        }

        void problem(String message) {
            this.problems.add(message);
        }

        void throwIfInvalid() {
            if (!this.problems.isEmpty()) {
                throw new InvalidContextException(this.problems);
            }
        }

    }

}
