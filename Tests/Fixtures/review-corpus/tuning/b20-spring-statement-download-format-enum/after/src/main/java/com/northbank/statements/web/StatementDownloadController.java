package com.northbank.statements.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.northbank.statements.security.CustomerPrincipal;

@RestController
public class StatementDownloadController {

    private final Path statementsRoot;
    private final StatementAuditLog audit;

    public StatementDownloadController(@Value("${statements.root}") String root, StatementAuditLog audit) {
        this.statementsRoot = Paths.get(root).toAbsolutePath().normalize();
        this.audit = audit;
    }

    public enum Format {
        PDF("pdf", MediaType.APPLICATION_PDF),
        CSV("csv", new MediaType("text", "csv")),
        OFX("ofx", MediaType.APPLICATION_OCTET_STREAM);

        final String extension;
        final MediaType mediaType;

        Format(String extension, MediaType mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    @GetMapping("/api/accounts/{accountId}/statements/{period}")
    public ResponseEntity<Resource> download(@PathVariable long accountId,
                                             @PathVariable String period,
                                             @RequestParam(defaultValue = "PDF") Format format,
                                             @AuthenticationPrincipal CustomerPrincipal customer) throws IOException {
        if (!customer.ownsAccount(accountId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        YearMonth month = parsePeriod(period);
        Path file = resolve(accountId, month.toString() + "." + format.extension);
        if (!Files.isRegularFile(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }

        audit.recordDownload(customer.getId(), accountId, month);
        return ResponseEntity.ok()
                .contentType(format.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("statement-" + accountId + "-" + month + "." + format.extension).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new PathResource(file));
    }

    private static YearMonth parsePeriod(String period) {
        try {
            return YearMonth.parse(period); // yyyy-MM
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period must be yyyy-MM");
        }
    }

    private Path resolve(long accountId, String fileName) {
        Path candidate = statementsRoot.resolve(Long.toString(accountId)).resolve(fileName).normalize();
        if (!candidate.startsWith(statementsRoot)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return candidate;
    }
}
