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

    @GetMapping("/attachments/{name}")
    public ResponseEntity<Resource> download(@PathVariable String name) throws Exception {
        Resource file = new UrlResource(root.resolve(name).toUri());
        if (!file.exists()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.getFilename() + "\"")
            .body(file);
    }
}
