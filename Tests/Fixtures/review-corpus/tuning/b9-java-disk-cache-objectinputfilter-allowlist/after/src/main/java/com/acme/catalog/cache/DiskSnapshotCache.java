package com.acme.catalog.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

public final class DiskSnapshotCache {

    private static final Logger LOG = Logger.getLogger(DiskSnapshotCache.class.getName());
    private static final Set<String> REGIONS = Set.of("eu", "us", "apac");
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=8;maxrefs=100000;maxbytes=67108864;"
                    + "com.acme.catalog.cache.CatalogSnapshot;com.acme.catalog.cache.CatalogEntry;"
                    + "java.util.ArrayList;java.util.HashMap;java.lang.String;java.lang.Long;java.time.Instant;"
                    + "java.math.BigDecimal;java.math.BigInteger;java.lang.Number;!*");

    private final Path directory;

    public DiskSnapshotCache(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    public Optional<CatalogSnapshot> load(String region) {
        if (!REGIONS.contains(region)) {
            return Optional.empty();
        }
        Path file = directory.resolve(region + ".snapshot");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file); ObjectInputStream in = new ObjectInputStream(raw)) {
            in.setObjectInputFilter(FILTER);
            return Optional.of((CatalogSnapshot) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.warning(() -> "discarding unreadable snapshot " + file + ": " + e);
            return Optional.empty();
        }
    }

    public void store(String region, CatalogSnapshot snapshot) throws IOException {
        if (!REGIONS.contains(region)) {
            throw new IllegalArgumentException("unknown region " + region);
        }
        Path tmp = Files.createTempFile(directory, region, ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp); ObjectOutputStream out = new ObjectOutputStream(raw)) {
            out.writeObject(snapshot);
        }
        Files.move(tmp, directory.resolve(region + ".snapshot"), StandardCopyOption.ATOMIC_MOVE);
    }
}
