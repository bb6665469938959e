package com.northwind.themes

import java.io.File
import java.util.zip.ZipInputStream
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.stereotype.Service
import org.springframework.web.multipart.MultipartFile

@ConfigurationProperties(prefix = "themes")
data class ThemeProperties(val directory: String = "/var/lib/northwind/themes")

@Service
class ThemeInstaller(private val props: ThemeProperties) {

    fun install(themeName: String, upload: MultipartFile): List<String> {
        require(themeName.matches(Regex("[a-z0-9-]{1,40}"))) { "invalid theme name" }
        val target = File(props.directory, themeName)
        target.mkdirs()

        val written = mutableListOf<String>()
        ZipInputStream(upload.inputStream).use { zip ->
            generateSequence { zip.nextEntry }.forEach { entry ->
                val out = File(target, entry.name)
                if (entry.isDirectory) {
                    out.mkdirs()
                } else {
                    out.parentFile?.mkdirs()
                    out.outputStream().use { zip.copyTo(it) }
                    written += entry.name
                }
                zip.closeEntry()
            }
        }
        return written
    }
}