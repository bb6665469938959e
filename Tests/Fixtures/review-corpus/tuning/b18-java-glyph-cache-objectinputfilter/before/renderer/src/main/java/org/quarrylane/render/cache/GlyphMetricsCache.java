package org.quarrylane.render.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Persists the glyph-metrics cache between runs of the desktop renderer. The
 * file lives in the user's cache directory and is only ever written by
 * {@link #save}.
 */
public final class GlyphMetricsCache {

    private static final Logger LOG = Logger.getLogger(GlyphMetricsCache.class.getName());

    private final Path file;
    private Map<String, GlyphMetrics> entries = new HashMap<>();

    public GlyphMetricsCache(Path file) {
        this.file = file;
    }

    @SuppressWarnings("unchecked")
    public void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            Object read = in.readObject();
            if (read instanceof HashMap<?, ?> map) {
                entries = (Map<String, GlyphMetrics>) map;
            }
        } catch (IOException | ClassNotFoundException e) {
            LOG.log(Level.INFO, "glyph cache unreadable, starting fresh", e);
            entries = new HashMap<>();
        }
    }

    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "glyphs", ".tmp");
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeObject(new HashMap<>(entries));
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public GlyphMetrics get(String fontId, int codePoint) {
        return entries.get(fontId + ":" + codePoint);
    }

    public void put(String fontId, int codePoint, GlyphMetrics metrics) {
        entries.put(fontId + ":" + codePoint, metrics);
    }

    public int size() {
        return entries.size();
    }
}