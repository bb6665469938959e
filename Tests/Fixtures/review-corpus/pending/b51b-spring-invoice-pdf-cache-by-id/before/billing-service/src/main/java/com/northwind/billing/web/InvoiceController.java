package com.northwind.billing.web;

import com.northwind.billing.domain.Invoice;
import com.northwind.billing.domain.InvoiceRepository;
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

    public InvoiceController(InvoiceRepository invoices, InvoiceRenderer renderer) {
        this.invoices = invoices;
        this.renderer = renderer;
    }

    @GetMapping("/{id}")
    public InvoiceDto get(@PathVariable long id, @AuthenticationPrincipal TenantPrincipal principal) {
        return invoices.findByIdAndTenantId(id, principal.tenantId())
                .map(InvoiceDto::from)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal TenantPrincipal principal) {
        Invoice invoice = invoices.findByIdAndTenantId(id, principal.tenantId())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        byte[] body = renderer.render(invoice);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + invoice.getNumber() + ".pdf\"")
                .body(body);
    }
}
