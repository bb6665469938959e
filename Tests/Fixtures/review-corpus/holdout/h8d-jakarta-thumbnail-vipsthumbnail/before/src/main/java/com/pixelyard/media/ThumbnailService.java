package com.pixelyard.media;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

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
        BufferedImage original = ImageIO.read(source.toFile());
        int height = original.getHeight() * width / original.getWidth();
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        scaled.getGraphics().drawImage(original.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
        ImageIO.write(scaled, "jpg", target.toFile());
        return target;
    }
}
