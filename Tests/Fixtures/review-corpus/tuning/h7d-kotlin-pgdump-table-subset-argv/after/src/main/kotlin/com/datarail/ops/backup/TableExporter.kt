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

    // schema.table or table; plain lower-case identifiers only, so no pg_dump wildcards either.
    private val tableName = Regex("^[a-z_][a-z0-9_]{0,62}(\\.[a-z_][a-z0-9_]{0,62})?$")

    /**
     * Called from POST /ops/exports (ROLE_OPS). Produces a custom-format dump that
     * support engineers can restore into a scratch database. [tables] narrows the
     * dump to a few tables instead of the whole database.
     */
    fun export(database: String, tables: List<String> = emptyList()): ExportResult {
        require(database in props.allowedDatabases) { "unknown database $database" }
        require(tables.size <= 20) { "at most 20 tables per export" }
        tables.forEach { require(tableName.matches(it)) { "invalid table name" } }

        val stamp = DateTimeFormatter.ISO_INSTANT.format(Instant.now()).replace(':', '-')
        val out = props.exportDir.resolve("$database-$stamp.dump")
        Files.createDirectories(out.parent)

        val command = buildList {
            add(props.pgDumpBinary)
            add("--format=custom")
            add("--no-owner")
            addAll(listOf("--host", props.host, "--port", props.port.toString(), "--username", props.username))
            tables.forEach { add("--table=$it") }
            addAll(listOf("--file", out.toString()))
            add(database)
        }

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
        log.info("pg_dump of {} ({} tables) finished with exit code {}", database, tables.size, exit)
        return ExportResult(out, if (Files.exists(out)) Files.size(out) else 0, exit)
    }
}
