package com.acme.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class PgDumpRunner {

    private static final Logger log = LoggerFactory.getLogger(PgDumpRunner.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final BackupProperties props;

    public PgDumpRunner(BackupProperties props) {
        this.props = props;
    }

    /** Nightly full dump, triggered by {@link BackupScheduler}. */
    public Path dumpDatabase(String label) throws IOException, InterruptedException {
        Path target = props.getOutputDir().resolve(label + ".dump");
        Files.createDirectories(target.getParent());

        List<String> command = new ArrayList<>(List.of(
                props.getPgDumpBinary(),
                "--host=" + props.getHost(),
                "--port=" + props.getPort(),
                "--username=" + props.getUsername(),
                "--format=custom",
                "--no-owner",
                "--file=" + target));
        command.add(props.getDatabase());

        run(command);
        return target;
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
