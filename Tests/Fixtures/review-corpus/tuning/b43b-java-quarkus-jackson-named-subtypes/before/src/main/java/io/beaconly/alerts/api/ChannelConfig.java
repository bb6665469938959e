package io.beaconly.alerts.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of PUT /api/rules/{id}/channel. Deserialised by Quarkus REST (Jackson).
 */
public record ChannelConfig(
        @NotBlank @Size(max = 80) String label,
        @Size(min = 1, max = 20) List<@Email String> recipients,
        boolean digest) {

    public ChannelConfig {
        recipients = List.copyOf(recipients);
    }
}
