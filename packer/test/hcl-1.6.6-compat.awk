# Rewrites packer HCL for Debian's packer 1.6.6, which check.sh uses offline:
# - variable validation blocks become locals that fail with the same message
#   (1.6.6 evaluates validation conditions without any functions, so regex(),
#   can(), fileexists()... would always fail there; locals get the functions);
# - top-level blocks and attributes of a source named in the `strip` variable
#   (comma-separated; what the 1.6.6 amazon-ebs builder does not know) are
#   dropped.
# Expects `packer fmt` layout: two-space indents, one attribute per line.
BEGIN {
    n = split(strip, names, ",")
    for (i = 1; i <= n; i++) stripped[names[i]] = 1
}
/^variable "[^"]+" \{$/ {
    variable = $2
    gsub(/"/, "", variable)
}
/^  [a-z_]+ \{$/ && ($1 in stripped) { skip = 1; next }
/^  [a-z_]+ +=/ && ($1 in stripped) { next }
skip { if ($0 ~ /^  \}$/) skip = 0; next }
/^  validation \{$/ { in_validation = 1; next }
in_validation && /^    condition *= / {
    sub(/^    condition *= */, "")
    condition = $0
    next
}
in_validation && /^    error_message *= / {
    sub(/^    error_message *= */, "")
    message = $0
    next
}
in_validation && /^  \}$/ {
    in_validation = 0
    count++
    checks[count] = sprintf("  validation_%s_%d = (%s) ? \"ok\" : file(format(\"var.%s is invalid: %%s\", %s))", variable, count, condition, variable, message)
    next
}
in_validation { print "hcl-1.6.6-compat.awk: unexpected line in a validation block: " $0 > "/dev/stderr"; failed = 1; exit 1 }
{ print }
END {
    if (failed) exit 1
    if (count > 0) {
        print ""
        print "locals {"
        for (i = 1; i <= count; i++) print checks[i]
        print "}"
    }
}
