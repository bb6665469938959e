package com.acme.invoices.web

import com.acme.invoices.InvoiceRepository
import org.springframework.beans.factory.annotation.Value
import org.springframework.http.HttpHeaders
import org.springframework.http.MediaType
import org.springframework.http.ResponseEntity
import org.springframework.security.core.annotation.AuthenticationPrincipal
import org.springframework.security.oauth2.jwt.Jwt
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

@RestController
class InvoiceDocumentController(
    private val invoices: InvoiceRepository,
    @Value("\${invoices.storage-root}") private val storageRoot: String,
) {

    private fun loadDocument(relative: String): ByteArray {
        val file: Path = Paths.get(storageRoot).resolve(relative)
        return Files.readAllBytes(file)
    }

    @GetMapping("/invoices/{id}/pdf")
    fun invoicePdf(@PathVariable id: Long, @AuthenticationPrincipal jwt: Jwt): ResponseEntity<ByteArray> {
        val invoice = invoices.findByIdAndCustomerId(id, jwt.subject)
            ?: return ResponseEntity.notFound().build()
        val bytes = loadDocument("${invoice.customerId}/${invoice.number}.pdf")
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"${invoice.number}.pdf\"")
            .body(bytes)
    }
}