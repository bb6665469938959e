package com.acme.uploads

import java.io.InputStream
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.util.UUID

class UploadService(private val root: Path, private val index: UploadIndex) {

    fun store(ownerId: Long, originalName: String, data: InputStream): StoredUpload {
        val id = UUID.randomUUID().toString()
        val target = root.resolve(id)
        Files.copy(data, target, StandardCopyOption.REPLACE_EXISTING)
        val upload = StoredUpload(id, ownerId, originalName, Files.size(target))
        index.save(upload)
        return upload
    }
}
