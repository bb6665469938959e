package dev.harborline.partners;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PartnerApiClient {

    private final HttpClient http;
    private final URI baseUri;

    public PartnerApiClient(@ConfigProperty(name = "partner.base-uri") URI baseUri,
                            @ConfigProperty(name = "partner.truststore-path") Path truststore,
                            @ConfigProperty(name = "partner.truststore-password") char[] truststorePassword)
            throws IOException, GeneralSecurityException {
        this.baseUri = baseUri;
        // The partner's API is served with a certificate from their private CA. Trust exactly
        // that CA (mounted from the secret store); hostname verification stays on by default.
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(truststore)) {
            ks.load(in, truststorePassword);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, tmf.getTrustManagers(), null);
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .sslContext(tls)
                .build();
    }

    public String fetchManifest(String bookingRef) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(baseUri.resolve("/v1/manifests/" + bookingRef))
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("partner returned " + resp.statusCode());
        }
        return resp.body();
    }
}
