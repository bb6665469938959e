import Drivers
import Foundation
import Review
import TestSupport
import Testing

/// What ships: the `berth` product links no test-support code, its binary holds none of the review corpus's made-up
/// secrets, and `berth bench review` reads the corpus the tests read, from files.
@Suite struct ProductTests {
    /// One target as `swift package describe --type json` lists it.
    private struct Target: Decodable {
        let name: String
        let path: String
        let targetDependencies: [String]?
        let productMemberships: [String]?
    }

    private struct Description: Decodable {
        let targets: [Target]
    }

    /// What `berth bench NAME --output json` prints.
    private struct BenchOutput: Decodable {
        let metrics: [String: Double]
    }

    @Test func theBerthProductLinksOnlyTargetsUnderSources() throws {
        // A scratch path of its own: `swift test` holds the lock on `.build`.
        let scratch = try TemporaryDirectory()
        let output = try GitCommand.run(
            "/usr/bin/env", ["swift", "package", "--scratch-path", scratch.url.path, "describe", "--type", "json"],
            in: Fixtures.checkout, environment: ProcessInfo.processInfo.environment)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let targets = try decoder.decode(Description.self, from: output.stdout).targets
        let byName = Dictionary(uniqueKeysWithValues: targets.map { ($0.name, $0) })

        var linked: Set<String> = []
        var pending = ["BerthCLI"]
        while let name = pending.popLast() {
            guard linked.insert(name).inserted, let target = byName[name] else { continue }
            pending += target.targetDependencies ?? []
        }
        let shipped = linked.union(targets.filter { $0.productMemberships?.contains("berth") == true }.map(\.name))
        #expect(shipped.isSuperset(of: ["BerthCLI", "Reconciler", "Manifest", "ManifestSamples", "Drivers"]))
        for name in shipped.sorted() {
            let path = try #require(byName[name]?.path, "\(name) is not a target of the package")
            #expect(path.hasPrefix("Sources/"), "berth links \(name) from \(path)")
        }
    }

    @Test func theBinaryHoldsNoneOfTheCorpusSecrets() throws {
        let secrets = try Fixtures.reviewCorpora().flatMap(\.cases).filter { change in
            change.isRisky && [change.expectedRule, change.riskClass].contains { $0?.hasPrefix("secret") == true }
        }
        try #require(!secrets.isEmpty)
        // The key material: runs of 16 or more key characters holding letters and digits (a whole line would also
        // match ordinary text such as a workflow's `permissions:`).
        let material = try Regex(#"[A-Za-z0-9+/=_\-]{16,}"#)
        var needles = ["PRIVATE KEY-----"]
        for change in secrets {
            let runs: [String] = change.after.matches(of: material).map { String(change.after[$0.range]) }
            needles += runs.filter { run in run.filter(\.isNumber).count >= 3 && run.filter(\.isLetter).count >= 3 }
        }
        try #require(needles.count > 10, "the secret cases hold key material")
        let patterns = try TemporaryDirectory()
        let file = try patterns.write(needles.joined(separator: "\n"), to: "needles")
        let grep = try GitCommand.runAllowingFailure(
            "/usr/bin/grep", ["--text", "--only-matching", "--fixed-strings", "--file", file.path, BerthBinary.path])
        #expect(grep.status == 1, "\(BerthBinary.path) holds: \(grep.text)")
    }

    @Test func benchReviewFindsTheCheckoutCorpusFromTheExecutable() throws {
        let elsewhere = try TemporaryDirectory()
        let run = try BerthBinary.run(
            ["bench", "review", "--large-mb", "1", "--reviewer", "static", "--output", "json"], in: elsewhere.url)
        try #require(run.status == 0, "\(run)")
        let metrics = try JSONDecoder().decode(BenchOutput.self, from: Data(run.stdout.utf8)).metrics
        #expect(metrics["cases"] == Double(try Fixtures.tuningCorpus().cases.count))
        #expect((metrics["precision"] ?? 0) >= 0.95 && (metrics["recall"] ?? 0) >= 0.95, "\(metrics)")
    }

    @Test func benchReviewNamesTheFlagAndPathOfAMissingCorpus() throws {
        let missing = try TemporaryDirectory().url.appendingPathComponent("no-corpus")
        let run = try BerthBinary.run(["bench", "review", "--corpus", missing.path])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains("--corpus") && run.stderr.contains(missing.path), "\(run)")
    }
}
