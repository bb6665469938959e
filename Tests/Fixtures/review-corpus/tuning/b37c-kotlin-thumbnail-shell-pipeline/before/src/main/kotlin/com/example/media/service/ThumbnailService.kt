package com.example.media.service

import com.example.media.config.MediaProperties
import org.slf4j.LoggerFactory
import org.springframework.stereotype.Service
import org.springframework.web.multipart.MultipartFile
import java.nio.file.Files
import java.nio.file.Path
import java.util.UUID
import java.util.concurrent.TimeUnit

@Service
class ThumbnailService(
    private val props: MediaProperties,
) {
    private val log = LoggerFactory.getLogger(javaClass)

    fun createThumbnail(upload: MultipartFile): Path {
        val workDir = Files.createDirectories(props.workDir)
        val id = UUID.randomUUID().toString()
        val extension = upload.originalFilename
            ?.substringAfterLast('.', "")
            ?.lowercase()
            ?.takeIf { it in ALLOWED_EXTENSIONS }
            ?: throw UnsupportedMediaException("unsupported file type")

        val source = workDir.resolve("$id.$extension")
        upload.transferTo(source)

        val target = workDir.resolve("$id-thumb.png")
        val process = ProcessBuilder(
            props.convertBinary,
            source.toString(),
            "-thumbnail", "${props.thumbnailSize}x${props.thumbnailSize}",
            "-strip",
            target.toString(),
        )
            .redirectErrorStream(true)
            .start()

        if (!process.waitFor(props.timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly()
            throw ThumbnailException("convert timed out for $id")
        }
        if (process.exitValue() != 0) {
            val output = process.inputStream.bufferedReader().readText()
            log.warn("convert failed for {}: {}", id, output.take(500))
            throw ThumbnailException("convert exited with ${process.exitValue()}")
        }

        Files.deleteIfExists(source)
        return target
    }

    companion object {
        private val ALLOWED_EXTENSIONS = setOf("jpg", "jpeg", "png", "webp", "gif")
    }
}
