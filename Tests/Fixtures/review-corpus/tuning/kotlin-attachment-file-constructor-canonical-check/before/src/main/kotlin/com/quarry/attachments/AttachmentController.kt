package com.quarry.attachments

import org.springframework.core.io.FileSystemResource
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RestController
import java.io.File

@RestController
class AttachmentController(private val props: AttachmentProperties) {
    @GetMapping("/attachments/{name}")
    fun download(@PathVariable name: String): ResponseEntity<FileSystemResource> {
        val root = File(props.dir).canonicalFile
        return ResponseEntity.notFound().build()
    }
}