package com.buddyverse.infra.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.assertions.Template;

/**
 * Every ingress and egress rule of the given templates, rendered as
 * {@code group <- source tcp:port} or {@code group -> destination tcp:port}, with groups
 * named by their Name tag. Inline and standalone rules alike.
 */
public final class SecurityRules {

    private SecurityRules() {
    }

    public static List<String> ingress(Template... templates) {
        return rules("Ingress", templates);
    }

    public static List<String> egress(Template... templates) {
        return rules("Egress", templates);
    }

    @SuppressWarnings("unchecked")
    private static List<String> rules(String direction, Template... templates) {
        var names = new HashMap<String, String>();
        var rules = new ArrayList<String>();
        for (var template : templates) {
            template.findResources("AWS::EC2::SecurityGroup").forEach((id, resource) -> {
                var properties = (Map<String, Object>) resource.get("Properties");
                names.put(id, nameTag(properties));
            });
        }
        for (var template : templates) {
            template.findResources("AWS::EC2::SecurityGroup").forEach((id, resource) -> {
                var properties = (Map<String, Object>) resource.get("Properties");
                var inline = (List<Map<String, Object>>) properties.get("SecurityGroup" + direction);
                if (inline != null) {
                    inline.forEach(rule -> rules.add(render(names.get(id), direction, rule, names)));
                }
            });
            template.findResources("AWS::EC2::SecurityGroup" + direction).forEach((id, resource) -> {
                var properties = (Map<String, Object>) resource.get("Properties");
                rules.add(render(group(properties.get("GroupId"), names), direction, properties, names));
            });
        }
        return rules;
    }

    private static String render(String group, String direction, Map<String, Object> rule, Map<String, String> names) {
        var peer = rule.containsKey("CidrIp") ? (String) rule.get("CidrIp") : rule.containsKey("CidrIpv6")
                ? (String) rule.get("CidrIpv6")
                : group(rule.getOrDefault("SourceSecurityGroupId", rule.get("DestinationSecurityGroupId")), names);
        var ports = rule.get("FromPort").equals(rule.get("ToPort")) ? String.valueOf(rule.get("FromPort"))
                : rule.get("FromPort") + "-" + rule.get("ToPort");
        return group + ("Ingress".equals(direction) ? " <- " : " -> ") + peer + " " + rule.get("IpProtocol") + ":"
                + ports;
    }

    @SuppressWarnings("unchecked")
    private static String group(Object reference, Map<String, String> names) {
        if (reference instanceof Map<?, ?> map && map.get("Fn::GetAtt") instanceof List<?> getAtt) {
            return names.getOrDefault((String) getAtt.get(0), (String) getAtt.get(0));
        }
        if (reference instanceof Map<?, ?> map && map.get("Fn::ImportValue") != null) {
            return "import:" + map.get("Fn::ImportValue");
        }
        return String.valueOf(reference);
    }

    @SuppressWarnings("unchecked")
    private static String nameTag(Map<String, Object> properties) {
        var tags = (List<Map<String, Object>>) properties.getOrDefault("Tags", List.of());
        return tags.stream()
            .filter(tag -> "Name".equals(tag.get("Key")))
            .map(tag -> (String) tag.get("Value"))
            .findFirst()
            .orElse("?");
    }

}
