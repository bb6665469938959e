package com.northwind.shipping.ops;

import io.micronaut.context.annotation.Value;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import java.util.Map;

/**
 * GET /build - which build of the shipping service is running.
 * Values are baked into application.yml by the Gradle build.
 */
@Endpoint(id = "build", defaultSensitive = true)
public class BuildInfoEndpoint {

    private final String version;
    private final String commit;
    private final String builtAt;

    public BuildInfoEndpoint(@Value("${build.version}") String version,
                             @Value("${build.commit}") String commit,
                             @Value("${build.time}") String builtAt) {
        this.version = version;
        this.commit = commit.length() > 12 ? commit.substring(0, 12) : commit;
        this.builtAt = builtAt;
    }

    @Read
    public Map<String, String> build() {
        return Map.of(
            "version", version,
            "commit", commit,
            "builtAt", builtAt);
    }
}
