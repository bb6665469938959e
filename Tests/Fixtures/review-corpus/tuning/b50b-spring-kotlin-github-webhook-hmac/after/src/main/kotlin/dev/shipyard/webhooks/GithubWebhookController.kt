package dev.shipyard.webhooks

import org.springframework.beans.factory.annotation.Value
import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestHeader
import org.springframework.web.bind.annotation.RestController
import java.security.MessageDigest
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

@RestController
class GithubWebhookController(
    @Value("\${shipyard.github.webhook-secret}") private val webhookSecret: String,
    private val dispatcher: PushEventDispatcher,
) {

    @PostMapping("/hooks/github")
    fun receive(
        @RequestHeader("X-Hub-Signature-256", required = false) signature: String?,
        @RequestHeader("X-GitHub-Event") event: String,
        @RequestBody body: ByteArray,
    ): ResponseEntity<Void> {
        if (signature == null || !signatureMatches(body, signature)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build()
        }
        when (event) {
            "push" -> dispatcher.onPush(body)
            "ping" -> Unit
            else -> return ResponseEntity.accepted().build()
        }
        return ResponseEntity.noContent().build()
    }

    private fun signatureMatches(body: ByteArray, header: String): Boolean {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(webhookSecret.toByteArray(Charsets.UTF_8), "HmacSHA256"))
        val expected = "sha256=" + mac.doFinal(body).joinToString("") { "%02x".format(it) }
        return MessageDigest.isEqual(
            expected.toByteArray(Charsets.US_ASCII),
            header.toByteArray(Charsets.US_ASCII),
        )
    }
}
