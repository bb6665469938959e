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
import java.util.UUID
import javax.imageio.ImageIO

@Service
class AvatarService(
    private val blobs: BlobStore,
    private val profiles: ProfileRepository,
) {
    private val log = LoggerFactory.getLogger(javaClass)

    fun upload(userId: UUID, file: MultipartFile): String {
        if (file.size > MAX_BYTES) {
            throw ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "avatar too large")
        }
        return store(userId, file.bytes)
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
    }
}
