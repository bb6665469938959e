package io.beaconly.alerts.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of PUT /api/rules/{id}/channel. Deserialised by Quarkus REST (Jackson).
 * {"kind": "email" | "slack" | "pagerduty", ...}
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ChannelConfig.EmailChannel.class, name = "email"),
    @JsonSubTypes.Type(value = ChannelConfig.SlackChannel.class, name = "slack"),
    @JsonSubTypes.Type(value = ChannelConfig.PagerDutyChannel.class, name = "pagerduty")
})
public sealed interface ChannelConfig {

    String label();

    record EmailChannel(
            @NotBlank @Size(max = 80) String label,
            @Size(min = 1, max = 20) List<@Email String> recipients,
            boolean digest) implements ChannelConfig {

        public EmailChannel {
            recipients = List.copyOf(recipients);
        }
    }

    record SlackChannel(@NotBlank @Size(max = 80) String label,
                        @Pattern(regexp = "^[CG][A-Z0-9]{8,11}$") String channelId) implements ChannelConfig {}

    record PagerDutyChannel(@NotBlank @Size(max = 80) String label,
                            @Pattern(regexp = "^P[A-Z0-9]{6}$") String serviceId) implements ChannelConfig {}
}
