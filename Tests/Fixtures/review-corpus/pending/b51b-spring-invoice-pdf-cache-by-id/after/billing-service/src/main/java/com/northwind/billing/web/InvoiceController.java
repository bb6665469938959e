package com.northwind.billing.web;

import com.northwind.billing.domain.Invoice;
import com.northwind.billing.domain.InvoiceRepository;
import com.northwind.billing.pdf.InvoicePdfCache;
import com.northwind.billing.pdf.InvoiceRenderer;
import com.northwind.billing.security.TenantPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceController {

    private final InvoiceRepository invoices;
    private final InvoiceRenderer renderer;
    private final InvoicePdfCache pdfCache;

    public InvoiceController(InvoiceRepository invoices, InvoiceRenderer renderer, InvoicePdfCache pdfCache) {
        this.invoices = invoices;
        this.renderer = renderer;
        this.pdfCache = pdfCache;
    }

    @GetMapping("/{id}")
    public InvoiceDto get(@PathVariable long id, @AuthenticationPrincipal TenantPrincipal principal) {
        return invoices.findByIdAndTenantId(id, principal.tenantId())
                .map(InvoiceDto::from)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    // Issued invoices are immutable, so the rendered PDF is cached by invoice id.
    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Invoice invoice = invoices.findById(id)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        byte[] body = pdfCache.computeIfAbsent(invoice.getId(), key -> renderer.render(invoice));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + invoice.getNumber() + ".pdf\"")
                .body(body);
    }
}
