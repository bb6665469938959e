package com.harbor.analytics.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;

@RestController
@RequestMapping("/api/reports")
@PreAuthorize("hasRole('ANALYST')")
public class ReportFileController {

    private final Path exportRoot;
    private final Path archiveRoot;

    public ReportFileController(@Value("${reports.export-dir}") String exportDir,
                                @Value("${reports.archive-dir}") String archiveDir) {
        this.exportRoot = Paths.get(exportDir).toAbsolutePath().normalize();
        this.archiveRoot = Paths.get(archiveDir).toAbsolutePath().normalize();
    }

    @GetMapping("/exports")
    public List<String> listExports() throws IOException {
        try (Stream<Path> files = Files.list(exportRoot)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    @GetMapping("/exports/{name}")
    public ResponseEntity<Resource> downloadExport(@PathVariable String name) {
        return serve(resolveWithinRoot(exportRoot, name));
    }

    /** Year-partitioned archive, e.g. /api/reports/archive/2023/q4-revenue.csv */
    @GetMapping("/archive/{year}/{name}")
    public ResponseEntity<Resource> downloadArchived(@PathVariable String year, @PathVariable String name) {
        return serve(resolveWithinRoot(archiveRoot, year + "/" + name));
    }

    /**
     * Resolves {@code name} under {@code root} and refuses anything that
     * normalises to a location outside it (.., absolute paths, symlink tricks
     * are handled by toRealPath on serve).
     */
    static Path resolveWithinRoot(Path root, String name) {
        if (name == null || name.isBlank() || name.indexOf('\0') >= 0) {
            throw new ResponseStatusException(BAD_REQUEST, "invalid file name");
        }
        Path candidate = root.resolve(name).normalize();
        if (!candidate.startsWith(root) || candidate.equals(root)) {
            throw new ResponseStatusException(BAD_REQUEST, "invalid file name");
        }
        return candidate;
    }

    private ResponseEntity<Resource> serve(Path file) {
        try {
            Path real = file.toRealPath();
            if (!Files.isRegularFile(real)) {
                throw new ResponseStatusException(NOT_FOUND);
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(real.getFileName().toString()).build().toString())
                    .body(new PathResource(real));
        } catch (IOException e) {
            throw new ResponseStatusException(NOT_FOUND);
        }
    }
}