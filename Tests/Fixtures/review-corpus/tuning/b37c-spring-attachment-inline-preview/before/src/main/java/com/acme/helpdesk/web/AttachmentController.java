package com.acme.helpdesk.web;

import com.acme.helpdesk.config.StorageProperties;
import com.acme.helpdesk.tickets.TicketAccessService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;

@RestController
@RequestMapping("/api/tickets/{ticketId}/attachments")
public class AttachmentController {

    private final Path root;
    private final TicketAccessService access;

    public AttachmentController(StorageProperties storage, TicketAccessService access) {
        this.root = storage.attachmentRoot().toAbsolutePath().normalize();
        this.access = access;
    }

    @GetMapping("/{fileName}")
    public ResponseEntity<Resource> download(@PathVariable long ticketId,
                                             @PathVariable String fileName,
                                             @AuthenticationPrincipal Jwt user) throws IOException {
        access.requireCanRead(user, ticketId);
        Path file = resolveInsideTicket(ticketId, fileName);

        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .body(new PathResource(file));
    }

    private Path resolveInsideTicket(long ticketId, String fileName) {
        Path ticketDir = root.resolve(Long.toString(ticketId)).normalize();
        Path candidate = ticketDir.resolve(fileName).normalize();
        if (!candidate.startsWith(ticketDir) || candidate.equals(ticketDir)) {
            throw new ResponseStatusException(BAD_REQUEST, "invalid attachment name");
        }
        if (!Files.isRegularFile(candidate)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        return candidate;
    }
}
