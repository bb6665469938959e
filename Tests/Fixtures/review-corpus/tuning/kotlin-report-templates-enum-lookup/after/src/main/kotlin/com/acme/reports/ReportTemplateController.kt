package com.acme.reports

import org.springframework.core.io.ClassPathResource
import org.springframework.http.HttpHeaders
import org.springframework.http.MediaType
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController

enum class ReportTemplate(val slug: String, val file: String) {
    MONTHLY_SUMMARY("monthly-summary", "monthly-summary.xlsx"),
    TAX_YEAR("tax-year", "tax-year.xlsx"),
    VAT_RETURN("vat-return", "vat-return.xlsx");

    companion object {
        fun fromSlug(slug: String): ReportTemplate? = entries.firstOrNull { it.slug == slug }
    }
}

@RestController
@RequestMapping("/api/report-templates")
class ReportTemplateController {

    @GetMapping
    fun list(): List<String> = ReportTemplate.entries.map { it.slug }

    @GetMapping("/{slug}")
    fun download(@PathVariable slug: String): ResponseEntity<ByteArray> {
        val template = ReportTemplate.fromSlug(slug) ?: return ResponseEntity.notFound().build()
        val resource = ClassPathResource("templates/reports/${template.file}")
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"${template.file}\"")
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .body(resource.inputStream.use { it.readAllBytes() })
    }
}
