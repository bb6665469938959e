package io.ledgerly.admin

import org.springframework.stereotype.Service
import org.springframework.web.multipart.MultipartFile
import java.io.File
import java.util.zip.ZipInputStream

@Service
class BackupRestoreService(private val props: AdminProperties) {

    fun restore(upload: MultipartFile): Int {
        val target = File(props.restoreDir).apply { mkdirs() }
        var count = 0
        ZipInputStream(upload.inputStream).use { zip ->
            var entry = zip.nextEntry
            while (entry != null) {
                val out = File(target, entry.name)
                if (entry.isDirectory) {
                    out.mkdirs()
                } else {
                    out.parentFile.mkdirs()
                    out.outputStream().use { zip.copyTo(it) }
                    count++
                }
                entry = zip.nextEntry
            }
        }
        return count
    }
}