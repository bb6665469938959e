package com.northwind.ops.backup;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * On-demand logical backup of a single tenant schema, used before risky data fixes.
 */
@Controller("/internal/backups")
@Secured("ROLE_PLATFORM_ADMIN")
public class SchemaBackupController {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaBackupController.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("^tenant_[a-z0-9_]{3,40}$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final BackupProperties props;

    public SchemaBackupController(BackupProperties props) {
        this.props = props;
    }

    @Post("/{schema}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<BackupResult> backup(@PathVariable String schema, Authentication who)
            throws IOException, InterruptedException {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            return HttpResponse.badRequest();
        }

        Path target = props.directory().resolve(
                schema + "-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".dump");

        List<String> argv = new ArrayList<>(List.of(
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--host=" + props.host(),
                "--port=" + props.port(),
                "--username=" + props.username(),
                "--dbname=" + props.database(),
                "--schema=" + schema,
                "--file=" + target));

        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", props.password());

        LOG.info("backup of {} requested by {} -> {}", schema, who.getName(), target);
        Process proc = pb.start();
        String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(15, TimeUnit.MINUTES) || proc.exitValue() != 0) {
            LOG.error("pg_dump for {} failed: {}", schema, output);
            Files.deleteIfExists(target);
            return HttpResponse.serverError();
        }
        return HttpResponse.ok(new BackupResult(schema, target.getFileName().toString(), Files.size(target)));
    }
}
