package com.opsbell.channels;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Configuration of one notification channel, as stored in channel_configs.config_json
 * and as posted by the channel settings page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ChannelConfig.Email.class, name = "email"),
        @JsonSubTypes.Type(value = ChannelConfig.Slack.class, name = "slack"),
        @JsonSubTypes.Type(value = ChannelConfig.Webhook.class, name = "webhook"),
        @JsonSubTypes.Type(value = ChannelConfig.PagerDuty.class, name = "pagerduty"),
})
public abstract sealed class ChannelConfig
        permits ChannelConfig.Email, ChannelConfig.Slack, ChannelConfig.Webhook, ChannelConfig.PagerDuty {

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

    public static final class PagerDuty extends ChannelConfig {
        /** Reference to the integration key in the secrets vault, never the key itself. */
        public String routingKeyRef;
        public String severity = "error";

        @Override
        public String displayName() {
            return "PagerDuty (" + severity + ")";
        }
    }

    /**
     * Polymorphic parsing by logical type name: only the four subtypes listed in
     * {@link JsonSubTypes} can be produced; an unknown "type" fails with InvalidTypeIdException.
     */
    public static ChannelConfig parse(String json) throws IOException {
        return MAPPER.readValue(json, ChannelConfig.class);
    }

    public String toJson() throws IOException {
        return MAPPER.writeValueAsString(this);
    }
}