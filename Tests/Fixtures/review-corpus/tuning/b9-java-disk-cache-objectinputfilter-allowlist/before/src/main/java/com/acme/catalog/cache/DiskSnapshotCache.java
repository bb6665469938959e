package com.acme.catalog.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

public final class DiskSnapshotCache {

    private final Path directory;

    public DiskSnapshotCache(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    public Optional<CatalogSnapshot> load(String region) {
        return Optional.empty();
    }

    public void store(String region, CatalogSnapshot snapshot) {
        // not yet persisted
    }
}
