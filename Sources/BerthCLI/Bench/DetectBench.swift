import ArgumentParser
import Drivers
import Foundation
import Logging
import Manifest
import Reconciler

/// `berth bench detect`: stack detection over a generated repository read through the mirror, against reading
/// every file of the same tree through the mirror (what detection avoids by listing the root).
struct DetectBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Detect the stack of a generated repository through the mirror (target detect_ms < 50).",
        discussion: """
            The repository holds --files source files in 100 folders plus a Django app at its root (manage.py, \
            requirements.txt) with a package.json for assets and an index.html, so detection weighs three \
            candidates. Metrics (medians of --iterations runs after one warm-up): detect_ms (listing, manifests \
            read, the rule, the Dockerfile generated), read_all_files_ms (every file of the tree read through the \
            mirror, the baseline) and ratio = detect_ms / read_all_files_ms; files_count.
            """
    )

    @Option(help: "How many files the generated tree holds.")
    var files = 10_000

    @Option(help: "Timed runs of each side; the median is reported.")
    var iterations = 7

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard files > 0, iterations > 0 else { throw ValidationError("--files and --iterations must be positive") }
    }

    /// The root of a Django app with assets: three candidate stacks.
    private static let rootFiles: [(String, Bool, GitContextBench.Contents)] = [
        ("manage.py", true, .text("os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"shop.settings\")\n")),
        ("requirements.txt", false, .text("Django==5.0\ngunicorn==22.0\n")),
        ("package.json", false, .text("{\"devDependencies\": {\"sass\": \"1.77\"}}\n")),
        ("index.html", false, .text("<h1>shop</h1>\n")),
    ]

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "berth-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let repository = directory.appendingPathComponent("bench.git")
        try runGit(["init", "--quiet", "--bare", repository.path])
        _ = try GitContextBench.importTree(
            into: repository, files: Self.rootFiles + (0..<files).map(GitContextBench.sourceFile))
        let store = GitMirrorStore(
            stateDirectory: directory.appendingPathComponent("state"), logger: Logger(label: "berth.bench"))
        let remote = GitRemote(url: "file://" + repository.path)
        _ = try await store.sync(remote)
        let commit = try await store.resolve("main", in: remote)
        let tree = MirrorSourceTree(repositories: store, remote: remote, commit: commit, path: ".")

        var detect: [Double] = []
        var readAll: [Double] = []
        var chosen = ""
        var fileCount = 0
        for round in 0...iterations {  // round 0 warms caches and is not counted
            let detectMs = try await measureMilliseconds {
                let detection = try await StackDetector().detect(in: tree, path: ".")
                chosen = detection.chosen.title
                _ = detection.dockerfile(images: StackImages())
            }
            let readAllMs = try await measureMilliseconds {
                fileCount = try await store.files(under: ".", at: commit, in: remote).count
            }
            if round > 0 {
                detect.append(detectMs)
                readAll.append(readAllMs)
            }
        }
        guard chosen == "python (django, pip)" else { throw CommandFailure.failed("detected \(chosen), not django") }
        let detectMs = median(detect)
        let readAllMs = median(readAll)
        BenchReport(
            bench: "detect",
            metrics: [
                ("detect_ms", detectMs), ("read_all_files_ms", readAllMs), ("ratio", detectMs / readAllMs),
                ("files_count", Double(fileCount)),
            ]
        ).print(as: options.output)
    }
}
