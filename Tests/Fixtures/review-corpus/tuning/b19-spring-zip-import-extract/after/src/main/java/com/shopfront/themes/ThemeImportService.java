package com.shopfront.themes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
public class ThemeImportService {

    private static final Logger log = LoggerFactory.getLogger(ThemeImportService.class);

    private static final Set<String> ALLOWED_EXTENSIONS =
            Set.of("css", "js", "html", "json", "png", "jpg", "svg", "woff2");
    private static final long MAX_ENTRY_BYTES = 5L * 1024 * 1024;
    private static final int MAX_ENTRIES = 2_000;

    private final Path themesRoot;
    private final ThemeRepository themes;

    public ThemeImportService(@Value("${shopfront.themes.root}") String themesRoot, ThemeRepository themes) {
        this.themesRoot = Paths.get(themesRoot);
        this.themes = themes;
    }

    public Theme importTheme(long storeId, String displayName, MultipartFile archive) throws IOException {
        String themeId = UUID.randomUUID().toString();
        Path target = themesRoot.resolve(String.valueOf(storeId)).resolve(themeId);
        Files.createDirectories(target);

        List<String> written = new ArrayList<>();
        try (InputStream in = archive.getInputStream(); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new ThemeImportException("archive has too many entries");
                }
                String name = entry.getName();
                if (name.startsWith("/") || name.startsWith("\\")) {
                    throw new ThemeImportException("absolute paths are not allowed: " + name);
                }

                Path out = target.resolve(name);
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                if (!ALLOWED_EXTENSIONS.contains(extension(name))) {
                    log.debug("skipping {} in theme upload for store {}", name, storeId);
                    continue;
                }
                if (entry.getSize() > MAX_ENTRY_BYTES) {
                    throw new ThemeImportException("file too large: " + name);
                }

                Files.createDirectories(out.getParent());
                Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                written.add(name);
            }
        }

        if (!written.contains("theme.json")) {
            throw new ThemeImportException("theme.json manifest missing");
        }

        Theme theme = new Theme(themeId, storeId, displayName, target.toString(), written.size());
        log.info("imported theme {} for store {} ({} files)", themeId, storeId, written.size());
        return themes.save(theme);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase();
    }
}