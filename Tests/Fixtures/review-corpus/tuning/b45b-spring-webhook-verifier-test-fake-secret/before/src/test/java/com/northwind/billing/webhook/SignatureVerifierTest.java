package com.northwind.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    private static final String SIGNING_SECRET = "whsec_test_0000000000000000000000000000000";
    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

    private final SignatureVerifier verifier = new SignatureVerifier(SIGNING_SECRET, FIXED);

    @Test
    void rejectsMissingHeader() {
        assertThat(verifier.verify("{\"id\":\"evt_1\"}", null)).isFalse();
    }

    @Test
    void rejectsGarbageSignature() {
        assertThat(verifier.verify("{\"id\":\"evt_1\"}", "t=1714564800,v1=deadbeef")).isFalse();
    }
}
