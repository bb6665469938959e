package dev.quayside.deploy.bundle

import java.io.File
import java.util.concurrent.TimeUnit
import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Service

@Service
class ReleaseBundleService(
    @Value("\${deploy.repo-dir}") private val repoDir: File,
) {
    private val log = LoggerFactory.getLogger(javaClass)

    fun currentHead(): String = git("rev-parse", "HEAD").trim()

    fun fetch() {
        git("fetch", "--prune", "--tags", "origin")
        log.info("fetched origin into {}", repoDir)
    }

    private fun git(vararg args: String): String {
        val proc = ProcessBuilder(listOf("git", "-C", repoDir.absolutePath) + args)
            .redirectErrorStream(true)
            .start()
        val output = proc.inputStream.bufferedReader().readText()
        check(proc.waitFor(60, TimeUnit.SECONDS)) { "git ${args.first()} timed out" }
        check(proc.exitValue() == 0) { "git ${args.first()} failed: $output" }
        return output
    }
}
