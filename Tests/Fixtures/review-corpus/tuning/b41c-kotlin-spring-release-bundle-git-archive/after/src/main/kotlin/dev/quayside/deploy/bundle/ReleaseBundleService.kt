package dev.quayside.deploy.bundle

import java.io.File
import java.nio.file.Files
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

    /**
     * Builds the tarball the edge nodes pull during a rollout. [ref] comes from the deploy form
     * (BundleController) and is either the commit the pipeline reported or a release tag.
     */
    fun archive(ref: String): File {
        require(COMMIT.matches(ref) || RELEASE_TAG.matches(ref)) { "ref must be a full commit SHA or a vX.Y.Z tag" }
        val out = Files.createTempFile("bundle-", ".tar.gz").toFile()
        git("archive", "--format=tar.gz", "--prefix=app/", "--output=${out.absolutePath}", ref)
        log.info("archived {} to {} ({} bytes)", ref, out, out.length())
        return out
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

    private companion object {
        val COMMIT = Regex("[0-9a-f]{40}")
        val RELEASE_TAG = Regex("v\\d{1,3}\\.\\d{1,3}\\.\\d{1,4}")
    }
}
