package com.parcelpoint.billing.webhooks

import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

class StripeSignatureVerifierTest {

    private val fixedNow = Instant.parse("2024-05-02T10:15:30Z")
    private val verifier = StripeSignatureVerifier(
        secret = FAKE_SECRET,
        tolerance = Duration.ofMinutes(5),
        clock = Clock.fixed(fixedNow, ZoneOffset.UTC),
    )

    @Test
    fun `accepts a correctly signed payload`() {
        val payload = """{"id":"evt_test_1","type":"invoice.paid"}"""
        val header = signatureHeader(payload, fixedNow.epochSecond, FAKE_SECRET)
        assertThat(verifier.isValid(payload, header)).isTrue()
    }

    @Test
    fun `rejects a payload signed with another secret`() {
        val payload = """{"id":"evt_test_2","type":"invoice.paid"}"""
        val header = signatureHeader(payload, fixedNow.epochSecond, "whsec_some_other_fake_secret")
        assertThat(verifier.isValid(payload, header)).isFalse()
    }

    @Test
    fun `rejects a stale timestamp`() {
        val payload = """{"id":"evt_test_3"}"""
        val header = signatureHeader(payload, fixedNow.minusSeconds(3600).epochSecond, FAKE_SECRET)
        assertThat(verifier.isValid(payload, header)).isFalse()
    }

    @Test
    fun `rejects a missing header`() {
        assertThat(verifier.isValid("{}", null)).isFalse()
    }

    private fun signatureHeader(payload: String, timestamp: Long, secret: String): String {
        val mac = Mac.getInstance("HmacSHA256").apply { init(SecretKeySpec(secret.toByteArray(), "HmacSHA256")) }
        val sig = mac.doFinal("$timestamp.$payload".toByteArray()).joinToString("") { "%02x".format(it) }
        return "t=$timestamp,v1=$sig"
    }

    companion object {
        // Not a real Stripe secret; only used to sign payloads inside this test.
        private const val FAKE_SECRET = "whsec_unit_test_fixture_do_not_use"
    }
}
