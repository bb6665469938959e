package com.routewise.geo.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * Client for the geocoding provider. Base URL and timeouts live in application.properties:
 *
 * <pre>
 * quarkus.rest-client.geocoder.url=https://api.geoapify-partner.com
 * quarkus.rest-client.geocoder.connect-timeout=2000
 * quarkus.rest-client.geocoder.read-timeout=5000
 * geocoder.api-key=${GEOCODER_API_KEY}
 * </pre>
 *
 * The address text typed by dispatchers is passed as a query parameter only; the client
 * encodes it, so it cannot change the host or path of the request.
 */
@RegisterRestClient(configKey = "geocoder")
@ClientHeaderParam(name = "X-Api-Key", value = "${geocoder.api-key}")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface GeocoderClient {

    @GET
    @Path("/geocode/search")
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200)
    Uni<GeocodeResponse> search(
            @QueryParam("text") String address,
            @QueryParam("filter") String countryFilter,
            @QueryParam("limit") int limit,
            @QueryParam("lang") String language);

    @GET
    @Path("/geocode/reverse")
    @Timeout(5000)
    Uni<GeocodeResponse> reverse(
            @QueryParam("lat") double latitude,
            @QueryParam("lon") double longitude);

    @GET
    @Path("/places/{placeId}")
    @Timeout(5000)
    Uni<PlaceDetails> place(@PathParam("placeId") String placeId);

    record GeocodeResponse(List<Feature> features) {
    }

    record Feature(String placeId, String formatted, double lat, double lon, double confidence) {
    }

    record PlaceDetails(String placeId, String name, String formatted, String countryCode, String timezone) {
    }
}
