package com.acmebooks.invoices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.acmebooks.security.AppUser;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceFileController {

    private final InvoiceService invoices;
    private final InvoicePdfRenderer renderer;
    private final Path attachmentsRoot;

    public InvoiceFileController(InvoiceService invoices, InvoicePdfRenderer renderer,
                                 InvoiceStorageProperties storage) {
        this.invoices = invoices;
        this.renderer = renderer;
        this.attachmentsRoot = Paths.get(storage.getAttachmentsDir()).toAbsolutePath().normalize();
    }

    @GetMapping("/{id}/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        Invoice invoice = invoices.findForTenant(id, user.tenantId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] body = renderer.render(invoice);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("invoice-" + invoice.getNumber() + ".pdf")
                        .build()
                        .toString())
                .body(body);
    }

    @GetMapping("/{id}/attachments")
    public List<String> attachments(@PathVariable long id, @AuthenticationPrincipal AppUser user)
            throws IOException {
        Invoice invoice = invoices.findForTenant(id, user.tenantId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Path dir = attachmentsRoot.resolve(Long.toString(invoice.getId()));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    @GetMapping("/{id}/status")
    public InvoiceStatusView status(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        return invoices.findForTenant(id, user.tenantId())
                .map(InvoiceStatusView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}