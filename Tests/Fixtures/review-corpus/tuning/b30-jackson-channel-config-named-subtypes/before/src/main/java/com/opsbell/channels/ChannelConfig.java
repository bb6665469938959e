package com.opsbell.channels;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Configuration of one notification channel, as stored in channel_configs.config_json
 * and as posted by the channel settings page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract sealed class ChannelConfig
        permits ChannelConfig.Email, ChannelConfig.Slack, ChannelConfig.Webhook {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public abstract String displayName();

    public static final class Email extends ChannelConfig {
        public List<String> recipients = List.of();
        public String subjectPrefix = "[opsbell]";

        @Override
        public String displayName() {
            return "Email (" + recipients.size() + " recipients)";
        }
    }

    public static final class Slack extends ChannelConfig {
        public String workspaceId;
        public String channelId;

        @Override
        public String displayName() {
            return "Slack #" + channelId;
        }
    }

    public static final class Webhook extends ChannelConfig {
        public URI url;
        public int timeoutSeconds = 5;

        @Override
        public String displayName() {
            return "Webhook " + (url == null ? "?" : url.getHost());
        }
    }

    public static ChannelConfig parse(String json) throws IOException {
        JsonNode node = MAPPER.readTree(json);
        String type = node.path("type").asText("");
        return switch (type) {
            case "email" -> MAPPER.treeToValue(node, Email.class);
            case "slack" -> MAPPER.treeToValue(node, Slack.class);
            case "webhook" -> MAPPER.treeToValue(node, Webhook.class);
            default -> throw new IllegalArgumentException("unknown channel type: " + type);
        };
    }

    public String toJson() throws IOException {
        return MAPPER.writeValueAsString(this);
    }
}