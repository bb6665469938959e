package io.snapdeck.media;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

@Singleton
public class ThumbnailService {

    private final Path workDir;

    public ThumbnailService(MediaConfig config) {
        this.workDir = config.getWorkDir();
    }

    /** Renders a resized WebP thumbnail for an uploaded album photo. */
    public Path render(Path source, String size) throws IOException, InterruptedException {
        if (!size.matches("\\d{2,4}x\\d{2,4}")) {
            throw new IllegalArgumentException("bad size: " + size);
        }
        Path out = Files.createTempFile(workDir, "thumb-", ".webp");
        Process p = new ProcessBuilder("convert", source.toString(), "-resize", size, "-strip", out.toString())
                .redirectErrorStream(true)
                .start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("convert failed for " + source);
        }
        return out;
    }
}
