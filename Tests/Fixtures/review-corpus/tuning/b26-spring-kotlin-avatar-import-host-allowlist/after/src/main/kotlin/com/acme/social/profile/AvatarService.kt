package com.acme.social.profile

import com.acme.social.storage.BlobStore
import org.slf4j.LoggerFactory
import org.springframework.http.MediaType
import org.springframework.stereotype.Service
import org.springframework.web.multipart.MultipartFile
import org.springframework.web.server.ResponseStatusException
import org.springframework.http.HttpStatus
import java.awt.image.BufferedImage
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.util.UUID
import javax.imageio.ImageIO

@Service
class AvatarService(
    private val blobs: BlobStore,
    private val profiles: ProfileRepository,
) {
    private val log = LoggerFactory.getLogger(javaClass)

    private val http: HttpClient = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(3))
        .build()

    fun upload(userId: UUID, file: MultipartFile): String {
        if (file.size > MAX_BYTES) {
            throw ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "avatar too large")
        }
        return store(userId, file.bytes)
    }

    /** Copies the avatar a user has on a linked identity provider. */
    fun importFromProvider(userId: UUID, pictureUrl: String): String {
        val uri = runCatching { URI(pictureUrl) }.getOrNull()
        val host = uri?.host?.lowercase()
        if (uri == null || uri.scheme != "https" || uri.port != -1 || uri.userInfo != null ||
            host == null || host !in PROVIDER_IMAGE_HOSTS
        ) {
            throw ResponseStatusException(HttpStatus.BAD_REQUEST, "unsupported avatar source")
        }

        val request = HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(5))
            .header("Accept", "image/*")
            .GET()
            .build()
        val response = http.send(request, HttpResponse.BodyHandlers.ofInputStream())
        if (response.statusCode() != 200) {
            response.body().close()
            throw ResponseStatusException(HttpStatus.BAD_GATEWAY, "avatar fetch failed")
        }
        val bytes = response.body().use { it.readNBytes((MAX_BYTES + 1).toInt()) }
        if (bytes.size > MAX_BYTES) {
            throw ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "avatar too large")
        }
        return store(userId, bytes)
    }

    private fun store(userId: UUID, bytes: ByteArray): String {
        val image = ImageIO.read(ByteArrayInputStream(bytes))
            ?: throw ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "not an image")
        val resized = resize(image, 256)
        val out = ByteArrayOutputStream()
        ImageIO.write(resized, "png", out)

        val key = "avatars/$userId/${UUID.randomUUID()}.png"
        blobs.put(key, out.toByteArray(), MediaType.IMAGE_PNG_VALUE)
        profiles.updateAvatarKey(userId, key)
        log.info("stored avatar {} for {}", key, userId)
        return key
    }

    private fun resize(src: BufferedImage, size: Int): BufferedImage {
        val dst = BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB)
        val g = dst.createGraphics()
        try {
            g.drawImage(src, 0, 0, size, size, null)
        } finally {
            g.dispose()
        }
        return dst
    }

    companion object {
        private const val MAX_BYTES = 2L * 1024 * 1024

        // Exact hostnames only; redirects are disabled on the client above.
        private val PROVIDER_IMAGE_HOSTS = setOf(
            "lh3.googleusercontent.com",
            "avatars.githubusercontent.com",
            "secure.gravatar.com",
        )
    }
}
