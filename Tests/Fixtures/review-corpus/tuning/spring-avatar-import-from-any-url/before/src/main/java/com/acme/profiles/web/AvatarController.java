package com.acme.profiles.web;

import com.acme.profiles.service.AvatarService;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/profile/avatar")
public class AvatarController {

    private final AvatarService avatars;

    public AvatarController(AvatarService avatars) {
        this.avatars = avatars;
    }

    @PostMapping
    public ResponseEntity<Void> upload(Principal principal, @RequestParam("file") MultipartFile file) throws IOException {
        avatars.store(principal.getName(), file.getBytes(), file.getContentType());
        return ResponseEntity.noContent().build();
    }
}
