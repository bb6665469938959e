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
 */
@ApplicationScoped
public class GeocodingClient {

    private static final Logger LOG = Logger.getLogger(GeocodingClient.class);

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "geocoding.base-url", defaultValue = "https://nominatim.openstreetmap.org")
    String baseUrl;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @CacheResult(cacheName = "geocode")
    public Optional<LatLng> geocode(String address) {
        String q = URLEncoder.encode(address, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/search?format=json&limit=1&q=" + q))
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
            JsonNode results = mapper.readTree(response.body());
            if (!results.isArray() || results.isEmpty()) {
                return Optional.empty();
            }
            JsonNode first = results.get(0);
            return Optional.of(new LatLng(first.get("lat").asDouble(), first.get("lon").asDouble()));
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
