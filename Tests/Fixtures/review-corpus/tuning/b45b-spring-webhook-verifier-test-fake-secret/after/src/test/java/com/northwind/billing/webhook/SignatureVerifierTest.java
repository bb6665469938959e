package com.northwind.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    private static final String SIGNING_SECRET = "whsec_test_0000000000000000000000000000000";
    private static final String OTHER_SECRET = "whsec_test_1111111111111111111111111111111";
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

    @Test
    void acceptsOnlyTheConfiguredSecret() throws Exception {
        String body = "{\"id\":\"evt_2\"}";
        assertThat(verifier.verify(body, header(SIGNING_SECRET, body))).isTrue();
        assertThat(verifier.verify(body, header(OTHER_SECRET, body))).isFalse();
    }

    private static String header(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] sig = mac.doFinal(("1714564800." + body).getBytes(StandardCharsets.UTF_8));
        return "t=1714564800,v1=" + HexFormat.of().formatHex(sig);
    }
}
