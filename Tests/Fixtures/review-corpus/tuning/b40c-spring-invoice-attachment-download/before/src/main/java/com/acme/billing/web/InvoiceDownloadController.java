package com.acme.billing.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import com.acme.billing.config.BillingStorageProperties;
import com.acme.billing.invoice.Invoice;
import com.acme.billing.invoice.InvoiceRepository;
import com.acme.billing.security.AccountUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceDownloadController {

    private final InvoiceRepository invoices;
    private final Path storageRoot;

    public InvoiceDownloadController(InvoiceRepository invoices, BillingStorageProperties props) {
        this.invoices = invoices;
        this.storageRoot = Paths.get(props.getRoot()).toAbsolutePath().normalize();
    }

    @GetMapping("/{id}/pdf")
    public ResponseEntity<Resource> pdf(@PathVariable long id,
                                        @AuthenticationPrincipal AccountUser user) {
        Invoice invoice = invoices.findByIdAndAccountId(id, user.accountId())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        Path file = storageRoot.resolve(invoice.getStorageKey());
        if (!Files.isReadable(file)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("invoice-" + id + ".pdf")
                                .build()
                                .toString())
                .body(new PathResource(file));
    }
}
