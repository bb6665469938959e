package com.fernway.payments.webhooks

import io.micronaut.context.annotation.Value
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.annotation.Body
import io.micronaut.http.annotation.Consumes
import io.micronaut.http.annotation.Controller
import io.micronaut.http.annotation.Header
import io.micronaut.http.annotation.Post
import io.micronaut.security.annotation.Secured
import io.micronaut.security.rules.SecurityRule
import org.slf4j.LoggerFactory
import java.security.MessageDigest
import java.util.HexFormat
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

@Controller("/webhooks/acquirer")
@Secured(SecurityRule.IS_ANONYMOUS) // authenticated by the HMAC below, not by a user session
class AcquirerWebhookController(
    @Value("\${acquirer.webhook.signing-secret}") signingSecret: String,
    private val events: AcquirerEventHandler,
) {
    private val log = LoggerFactory.getLogger(javaClass)
    private val key = SecretKeySpec(signingSecret.toByteArray(), "HmacSHA256")

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    fun receive(
        @Header("X-Acquirer-Signature") signature: String?,
        @Body rawBody: String,
    ): HttpResponse<Unit> {
        if (signature.isNullOrBlank() || !validSignature(rawBody, signature)) {
            log.warn("rejected acquirer webhook with missing or bad signature")
            return HttpResponse.unauthorized()
        }
        events.handle(rawBody)
        return HttpResponse.noContent()
    }

    private fun validSignature(body: String, signature: String): Boolean {
        val expected = Mac.getInstance("HmacSHA256").apply { init(key) }.doFinal(body.toByteArray())
        val provided = runCatching { HexFormat.of().parseHex(signature.removePrefix("sha256=")) }.getOrNull()
            ?: return false
        return MessageDigest.isEqual(expected, provided)
    }
}
