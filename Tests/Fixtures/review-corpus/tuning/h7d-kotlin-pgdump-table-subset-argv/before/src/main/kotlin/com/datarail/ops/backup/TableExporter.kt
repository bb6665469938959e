package com.datarail.ops.backup

import org.slf4j.LoggerFactory
import org.springframework.stereotype.Service
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import java.time.format.DateTimeFormatter
import java.util.concurrent.TimeUnit

data class ExportResult(val file: Path, val bytes: Long, val exitCode: Int)

@Service
class TableExporter(
    private val props: BackupProperties,
) {
    private val log = LoggerFactory.getLogger(TableExporter::class.java)

    /**
     * Called from POST /ops/exports (ROLE_OPS). Produces a custom-format dump that
     * support engineers can restore into a scratch database.
     */
    fun export(database: String): ExportResult {
        require(database in props.allowedDatabases) { "unknown database $database" }

        val stamp = DateTimeFormatter.ISO_INSTANT.format(Instant.now()).replace(':', '-')
        val out = props.exportDir.resolve("$database-$stamp.dump")
        Files.createDirectories(out.parent)

        val command = listOf(
            props.pgDumpBinary,
            "--format=custom",
            "--no-owner",
            "--host", props.host,
            "--port", props.port.toString(),
            "--username", props.username,
            "--file", out.toString(),
            database,
        )

        val process = ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(props.exportDir.resolve("pg_dump.log").toFile())
            .apply { environment()["PGPASSWORD"] = props.password }
            .start()

        if (!process.waitFor(props.timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly()
            error("pg_dump timed out after ${props.timeoutMinutes} minutes")
        }
        val exit = process.exitValue()
        log.info("pg_dump of {} finished with exit code {}", database, exit)
        return ExportResult(out, if (Files.exists(out)) Files.size(out) else 0, exit)
    }
}
