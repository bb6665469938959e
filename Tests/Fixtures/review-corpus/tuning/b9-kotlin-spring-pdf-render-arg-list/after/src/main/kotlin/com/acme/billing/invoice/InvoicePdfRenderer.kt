package com.acme.billing.invoice

import org.springframework.stereotype.Component
import java.nio.file.Files
import java.nio.file.Path
import java.util.UUID
import java.util.concurrent.TimeUnit

@Component
class InvoicePdfRenderer(
    private val templates: InvoiceTemplateEngine,
    private val props: RenderProperties,
) {
    fun render(invoice: Invoice, pageSize: String, marginMm: String): ByteArray {
        val html = templates.render("invoice", mapOf("invoice" to invoice))
        val workDir = Files.createTempDirectory(props.tmpDir, "invoice-")
        val input = workDir.resolve("invoice.html")
        val output = workDir.resolve("${UUID.randomUUID()}.pdf")
        Files.writeString(input, html)

        val size = if (pageSize in setOf("A4", "Letter", "Legal")) pageSize else "A4"
        val margin = (marginMm.toIntOrNull() ?: 10).coerceIn(0, 40)

        val process = ProcessBuilder(
            props.wkhtmltopdfPath,
            "--quiet",
            "--page-size", size,
            "--margin-top", "${margin}mm",
            "--margin-bottom", "${margin}mm",
            input.toString(),
            output.toString(),
        ).redirectErrorStream(true).start()

        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly()
            throw RenderTimeoutException(invoice.number)
        }
        check(process.exitValue() == 0) { "wkhtmltopdf failed for ${invoice.number}" }
        return Files.readAllBytes(output).also { workDir.toFile().deleteRecursively() }
    }
}
