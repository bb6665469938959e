package com.pixelyard.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class ThumbnailService {

    private static final Pattern ASSET_ID = Pattern.compile("[0-9a-f]{32}");
    private static final int MAX_WIDTH = 2048;

    @Inject
    MediaSettings settings;

    public Path thumbnail(String assetId, int requestedWidth) throws IOException {
        if (!ASSET_ID.matcher(assetId).matches()) {
            throw new IllegalArgumentException("bad asset id");
        }
        int width = Math.max(16, Math.min(requestedWidth, MAX_WIDTH));
        Path source = settings.originalsDir().resolve(assetId + ".jpg");
        Path target = settings.thumbsDir().resolve(assetId + "-" + width + ".jpg");
        if (Files.exists(target)) {
            return target;
        }
        // libvips is far faster than AWT here and keeps the colour profile
        Process vips = new ProcessBuilder(
                "vipsthumbnail", source.toString(),
                "--size", width + "x",
                "-o", target + "[Q=85,strip]")
                .redirectErrorStream(true)
                .start();
        try {
            if (vips.waitFor() != 0) {
                throw new IOException("vipsthumbnail failed: " + new String(vips.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while thumbnailing " + assetId, e);
        }
        return target;
    }
}
