package com.acme.uploads

import java.io.InputStream
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.security.DigestInputStream
import java.security.MessageDigest
import java.util.UUID

class UploadService(private val root: Path, private val index: UploadIndex) {

    fun store(ownerId: Long, originalName: String, data: InputStream): StoredUpload {
        val digest = MessageDigest.getInstance("SHA-256")
        val tmp = Files.createTempFile(root, "up-", ".part")
        DigestInputStream(data, digest).use { Files.copy(it, tmp, StandardCopyOption.REPLACE_EXISTING) }
        val sha256 = digest.digest().joinToString("") { "%02x".format(it) }
        index.findBySha256(ownerId, sha256)?.let {
            Files.delete(tmp)
            return it
        }
        val id = UUID.randomUUID().toString()
        val target = root.resolve(id)
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE)
        val upload = StoredUpload(id, ownerId, originalName, Files.size(target), sha256)
        index.save(upload)
        return upload
    }
}
