package com.acme.profiles.web;

import com.acme.profiles.service.AvatarService;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/profile/avatar")
public class AvatarController {

    private final AvatarService avatars;
    private final RestTemplate http = new RestTemplate();

    public AvatarController(AvatarService avatars) {
        this.avatars = avatars;
    }

    public record ImportRequest(String url) {}

    @PostMapping
    public ResponseEntity<Void> upload(Principal principal, @RequestParam("file") MultipartFile file) throws IOException {
        avatars.store(principal.getName(), file.getBytes(), file.getContentType());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/import")
    public ResponseEntity<Void> importFromUrl(Principal principal, @RequestBody ImportRequest request) {
        ResponseEntity<byte[]> response = http.getForEntity(URI.create(request.url()), byte[].class);
        MediaType type = response.getHeaders().getContentType();
        avatars.store(principal.getName(), response.getBody(), type == null ? null : type.toString());
        return ResponseEntity.noContent().build();
    }
}
