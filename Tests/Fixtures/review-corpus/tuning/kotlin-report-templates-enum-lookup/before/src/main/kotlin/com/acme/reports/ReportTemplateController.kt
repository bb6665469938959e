package com.acme.reports

import org.springframework.core.io.ClassPathResource
import org.springframework.http.MediaType
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController

@RestController
@RequestMapping("/api/report-templates")
class ReportTemplateController {

    @GetMapping
    fun list(): List<String> = listOf("monthly-summary")

    @GetMapping("/monthly-summary")
    fun monthlySummary(): ResponseEntity<ByteArray> {
        val resource = ClassPathResource("templates/reports/monthly-summary.xlsx")
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .body(resource.inputStream.use { it.readAllBytes() })
    }
}
