package com.acme.billing.invoice

import org.springframework.stereotype.Component
import java.nio.file.Files
import java.nio.file.Path

@Component
class InvoicePdfRenderer(
    private val templates: InvoiceTemplateEngine,
    private val props: RenderProperties,
) {
    fun render(invoice: Invoice): ByteArray {
        val html = templates.render("invoice", mapOf("invoice" to invoice))
        val workDir = Files.createTempDirectory(props.tmpDir, "invoice-")
        val input = workDir.resolve("invoice.html")
        Files.writeString(input, html)
        return PdfFallback.render(input)
    }
}
