package com.acme.fleet.geo;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns depot and customer addresses into coordinates for route planning.
 *
 * <p>Uses the Google Geocoding API. The key is never committed: set it with
 * the {@code GEOCODING_API_KEY} environment variable (mapped from
 * {@code geocoding.api-key}), e.g. {@code GEOCODING_API_KEY=<your-server-key>}
 * in your local {@code .env}, and from the {@code fleet-geocoding} secret in k8s.
 */
@ApplicationScoped
public class GeocodingClient {

    private static final Logger LOG = Logger.getLogger(GeocodingClient.class);

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "geocoding.base-url", defaultValue = "https://maps.googleapis.com/maps/api/geocode")
    String baseUrl;

    @ConfigProperty(name = "geocoding.api-key")
    String apiKey;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @CacheResult(cacheName = "geocode")
    public Optional<LatLng> geocode(String address) {
        String q = URLEncoder.encode(address, StandardCharsets.UTF_8);
        String key = URLEncoder.encode(apiKey, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/json?address=" + q + "&key=" + key))
                .header("User-Agent", "acme-fleet/2.3 (ops@acme-fleet.example)")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warnf("geocoder returned %d", response.statusCode());
                return Optional.empty();
            }
            JsonNode body = mapper.readTree(response.body());
            JsonNode results = body.path("results");
            if (!"OK".equals(body.path("status").asText()) || results.isEmpty()) {
                LOG.debugf("geocoder status %s", body.path("status").asText());
                return Optional.empty();
            }
            JsonNode location = results.get(0).path("geometry").path("location");
            return Optional.of(new LatLng(location.get("lat").asDouble(), location.get("lng").asDouble()));
        } catch (java.io.IOException e) {
            LOG.warn("geocoding failed", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public record LatLng(double lat, double lng) {
    }
}
