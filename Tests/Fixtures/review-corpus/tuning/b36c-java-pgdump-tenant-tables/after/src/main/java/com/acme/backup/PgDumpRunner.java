package com.acme.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class PgDumpRunner {

    private static final Logger log = LoggerFactory.getLogger(PgDumpRunner.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final BackupProperties props;

    public PgDumpRunner(BackupProperties props) {
        this.props = props;
    }

    /** Nightly full dump, triggered by {@link BackupScheduler}. */
    public Path dumpDatabase(String label) throws IOException, InterruptedException {
        Path target = props.getOutputDir().resolve(label + ".dump");
        Files.createDirectories(target.getParent());

        List<String> command = baseCommand(target);
        command.add(props.getDatabase());

        run(command);
        return target;
    }

    /** Export of selected tables from one tenant schema, requested from the ops console. */
    public Path dumpTenantTables(String tenantSlug, List<String> tables) throws IOException, InterruptedException {
        requireIdentifier(tenantSlug, "tenant");
        if (tables == null || tables.isEmpty()) {
            throw new IllegalArgumentException("at least one table is required");
        }
        tables.forEach(table -> requireIdentifier(table, "table"));

        String schema = "tenant_" + tenantSlug;
        Path target = props.getOutputDir().resolve(schema + "-" + System.currentTimeMillis() + ".dump");
        Files.createDirectories(target.getParent());

        List<String> command = baseCommand(target);
        for (String table : tables) {
            command.add("--table=" + schema + "." + table);
        }
        command.add(props.getDatabase());

        run(command);
        return target;
    }

    private List<String> baseCommand(Path target) {
        return new ArrayList<>(List.of(
                props.getPgDumpBinary(),
                "--host=" + props.getHost(),
                "--port=" + props.getPort(),
                "--username=" + props.getUsername(),
                "--format=custom",
                "--no-owner",
                "--file=" + target));
    }

    private static void requireIdentifier(String value, String what) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid " + what + " name: " + value);
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(props.getLogFile().toFile()));
        pb.environment().put("PGPASSWORD", props.getPassword());

        log.info("Running {} for database {}", command.get(0), props.getDatabase());
        Process process = pb.start();
        if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("pg_dump timed out after " + TIMEOUT);
        }
        if (process.exitValue() != 0) {
            throw new IOException("pg_dump exited with " + process.exitValue() + ", see " + props.getLogFile());
        }
    }
}
