package com.ledgerly.docs.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import com.ledgerly.docs.storage.AttachmentProperties;
import java.nio.file.Path;
import org.springframework.core.io.Resource;
import org.springframework.core.io.UrlResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class AttachmentController {

    private final Path root;

    public AttachmentController(AttachmentProperties props) {
        this.root = props.getRoot().toAbsolutePath().normalize();
    }

    @GetMapping("/attachments/{folder}/{name}")
    public ResponseEntity<Resource> download(@PathVariable String folder, @PathVariable String name) throws Exception {
        Path target = root.resolve(folder).resolve(name).normalize();
        if (!target.startsWith(root)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        Resource file = new UrlResource(target.toUri());
        if (!file.exists()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.getFilename() + "\"")
            .body(file);
    }
}
