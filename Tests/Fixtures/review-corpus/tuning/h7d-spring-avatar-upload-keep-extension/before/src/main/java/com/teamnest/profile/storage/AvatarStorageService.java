package com.teamnest.profile.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
public class AvatarStorageService {

    private static final Logger log = LoggerFactory.getLogger(AvatarStorageService.class);
    private static final long MAX_BYTES = 2 * 1024 * 1024;

    private final Path root;

    public AvatarStorageService(@Value("${teamnest.avatars.dir}") String dir) throws IOException {
        this.root = Paths.get(dir).toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    public String store(long userId, MultipartFile file) throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_BYTES) {
            throw new InvalidAvatarException("avatar must be between 1 byte and 2 MB");
        }
        String contentType = file.getContentType();
        if (contentType == null || !contentType.startsWith("image/")) {
            throw new InvalidAvatarException("avatar must be an image");
        }

        String storedName = UUID.randomUUID() + ".png";
        Path target = root.resolve(storedName).normalize();
        if (!target.startsWith(root)) {
            throw new InvalidAvatarException("invalid avatar path");
        }

        try (InputStream in = file.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        log.info("stored avatar for user {} as {}", userId, storedName);
        return storedName;
    }

    public Path resolve(String storedName) {
        Path p = root.resolve(storedName).normalize();
        if (!p.startsWith(root)) {
            throw new InvalidAvatarException("invalid avatar path");
        }
        return p;
    }
}
