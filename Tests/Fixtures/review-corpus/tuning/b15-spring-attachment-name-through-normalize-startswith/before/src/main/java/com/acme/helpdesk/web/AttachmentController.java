package com.acme.helpdesk.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class AttachmentController {

    private final Path uploadRoot;

    public AttachmentController(HelpdeskProperties props) {
        this.uploadRoot = props.getUploadRoot().toAbsolutePath().normalize();
    }

    private Path resolveInside(String relative) {
        Path candidate = uploadRoot.resolve(relative).normalize();
        if (!candidate.startsWith(uploadRoot)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid path");
        }
        return candidate;
    }

    @GetMapping("/tickets/{id}/attachments/{file}")
    public ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable String file) throws IOException {
        Path path = resolveInside(id + "/" + file);
        if (!Files.isRegularFile(path)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(new PathResource(path));
    }
}