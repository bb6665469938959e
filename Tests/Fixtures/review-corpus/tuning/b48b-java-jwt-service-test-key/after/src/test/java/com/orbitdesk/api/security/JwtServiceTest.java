package com.orbitdesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JwtServiceTest {

    // Throwaway HMAC key for unit tests only; real signing keys come from Vault via JwtProperties.
    private static final String TEST_SECRET = "test-only-signing-key-not-a-real-secret-000000";
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

    private JwtService serviceAt(Instant instant) {
        JwtProperties props = new JwtProperties(TEST_SECRET, "orbitdesk-test", Duration.ofMinutes(15));
        return new JwtService(props, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void issuedTokenVerifies() {
        JwtService jwt = serviceAt(NOW);
        String token = jwt.issue("user-42", "agent");
        assertThat(jwt.verify(token).subject()).isEqualTo("user-42");
        assertThat(jwt.verify(token).role()).isEqualTo("agent");
    }

    @Test
    void tamperedSignatureIsRejected() {
        JwtService jwt = serviceAt(NOW);
        String token = jwt.issue("user-42", "agent");
        String tampered = token.substring(0, token.length() - 4) + "AAAA";
        assertThatThrownBy(() -> jwt.verify(tampered)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void expiredTokenIsRejected() {
        String token = serviceAt(NOW).issue("user-42", "agent");
        JwtService later = serviceAt(NOW.plus(Duration.ofMinutes(16)));
        assertThatThrownBy(() -> later.verify(token)).isInstanceOf(InvalidTokenException.class);
    }
}
