package com.acme.ledger.support;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Testcontainers;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

/**
 * Shared setup for the *IT classes: one Postgres container per JVM, Flyway runs against it on
 * context start, and {@link #bearer(String, String...)} mints tokens the app will accept.
 */
@Testcontainers
@ActiveProfiles("it")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTestBase {

    private static final String SIGNING_KEY = "n033FPpgwF/PQg0cVhPKIGzgkA+3KIOIO2XMeqUSmH4=";

    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:16-alpine")
            .withDatabaseName("ledger")
            .withUsername("ledger")
            .withPassword("ledger-it");

    static {
        POSTGRES.start();
    }

    @DynamicPropertySource
    static void registerProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", POSTGRES::getJdbcUrl);
        registry.add("spring.datasource.username", POSTGRES::getUsername);
        registry.add("spring.datasource.password", POSTGRES::getPassword);
        registry.add("ledger.security.jwt.hmac-secret", () -> SIGNING_KEY);
    }

    @Autowired
    protected TestRestTemplate rest;

    private NimbusJwtEncoder encoder;

    @BeforeEach
    void setUpEncoder() {
        var key = new SecretKeySpec(Base64.getDecoder().decode(SIGNING_KEY), "HmacSHA256");
        encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
    }

    protected HttpHeaders bearer(String subject, String... roles) {
        var now = Instant.now();
        var claims = JwtClaimsSet.builder()
                .issuer("https://auth.it.local")
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .claim("roles", List.of(roles))
                .build();
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        var token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }
}
