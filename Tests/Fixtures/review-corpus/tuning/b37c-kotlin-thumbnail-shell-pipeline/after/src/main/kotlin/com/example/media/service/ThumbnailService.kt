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
        val originalName = upload.originalFilename ?: "upload"
        val extension = originalName
            .substringAfterLast('.', "")
            .lowercase()
            .takeIf { it in ALLOWED_EXTENSIONS }
            ?: throw UnsupportedMediaException("unsupported file type")

        val source = workDir.resolve("$id.$extension")
        upload.transferTo(source)

        // keep the original name in the thumbnail so downloads are recognisable
        val baseName = originalName.substringBeforeLast('.')
        val target = workDir.resolve("$id-thumb.png")
        val size = "${props.thumbnailSize}x${props.thumbnailSize}"
        val pipeline = "${props.convertBinary} '$source' -thumbnail $size -strip " +
            "-set comment \"$baseName\" png:- | ${props.pngquantBinary} --quality=65-85 - > '$target'"
        val process = ProcessBuilder("/bin/sh", "-c", pipeline)
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
