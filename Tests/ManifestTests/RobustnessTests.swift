import Foundation
import Manifest
import ManifestSamples
import Testing

/// Hostile and damaged input: the parser never crashes, never hangs, and every error has a position.
@Suite struct RobustnessTests {
    static let mutationCount = 10_000

    @Test(.timeLimit(.minutes(1)))
    func tenThousandMutationsAlwaysEndInALocatedResult() {
        var random = SampleRandom(seed: 7)
        let bases: [String] = (0..<24).map { index in
            let sample = SampleDeployment.random(name: "app-\(index)", hostPort: 20_000 + index, using: &random)
            var writer = SampleYAMLWriter(seed: random.next())
            return writer.document(sample.node)
        }
        var problems = 0
        for index in 0..<Self.mutationCount where problems < 10 {
            let base = Array(bases[index % bases.count].utf8)
            let mutated = ManifestMutator.mutate(base, kind: index % ManifestMutator.kindCount, random: &random)
            let state = ManifestParser.parse([SourceFile(path: "m.yaml", contents: Data(mutated))])
            if let problem = Self.problem(state, bytes: mutated) {
                problems += 1
                Issue.record("mutation \(index) (kind \(index % ManifestMutator.kindCount)): \(problem)")
            }
        }
        #expect(problems == 0)
    }

    /// What is wrong with a result, or `nil`: every diagnostic inside the file, every invalid document explained.
    static func problem(_ state: DesiredState, bytes: [UInt8]) -> String? {
        if state.documentCount != state.deployments.count + state.invalid.count {
            return
                "\(state.documentCount) documents but \(state.deployments.count) valid and \(state.invalid.count) invalid"
        }
        if let silent = state.invalid.first(where: { $0.diagnostics.isEmpty }) {
            return "invalid document at line \(silent.line) without a diagnostic"
        }
        if state.diagnostics.count != state.invalid.reduce(0, { $0 + $1.diagnostics.count }) {
            return "diagnostics do not add up"
        }
        if let outside = state.diagnostics.first(where: { $0.line < 1 || $0.column < 1 }) {
            return "diagnostic without a position: \(outside)"
        }
        let lastLine = state.diagnostics.map(\.line).max() ?? 1
        if lastLine > 1, lastLine > bytes.count(where: { $0 == UInt8(ascii: "\n") }) + 1 {
            return "diagnostic after the last line: line \(lastLine)"
        }
        return nil
    }

    @Test func aliasBombWithinTheAliasLimitStaysCheap() {
        var text = "a0: &a0 [x, x, x]\n"
        for level in 1...10 { text += "a\(level): &a\(level) [*a\(level - 1), *a\(level - 1), *a\(level - 1)]\n" }
        text += "? *a10\n: value\n"
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let state = ManifestParser.parse([SourceFile(path: "bomb.yaml", contents: Data(text.utf8))])
            #expect(state.invalid.count == 1)
        }
        #expect(elapsed < .seconds(5))
    }
}

extension RobustnessTests {
    /// Input just inside the nesting limits is composed without exhausting the stack of a test thread.
    @Test func nestingAtTheLimitsIsComposedSafely() {
        let flow =
            String(repeating: "[", count: InputLimits.maxFlowDepth)
            + String(repeating: "]", count: InputLimits.maxFlowDepth)
        var block = "deep:\n"
        for level in 1..<InputLimits.maxIndentColumns { block += String(repeating: " ", count: level) + "k\(level):\n" }
        block += String(repeating: " ", count: InputLimits.maxIndentColumns) + "leaf: " + flow + "\n"
        let compact = String(repeating: "- ", count: InputLimits.maxIndentColumns / 2) + "x\n"
        let texts = [web("  image: nginx\n  extra: " + flow + "\n"), block, compact]
        for text in texts {
            let state = ManifestParser.parse([SourceFile(path: "deep.yaml", contents: Data(text.utf8))])
            #expect(state.invalid.count == 1)
            #expect(state.diagnostics.allSatisfy { !$0.message.contains("too deep") })
        }
        // The same inside a large set, decoded on worker threads.
        let large = SampleManifestSet.files(count: 1_500, perFile: 100, seed: 3)
            + texts.enumerated().map { SourceFile(path: "deep-\($0.offset).yaml", contents: Data($0.element.utf8)) }
        #expect(ManifestParser.parse(large).invalid.count == texts.count)
    }

    @Test func windowsLineEndingsAndByteOrderMarkAreAccepted() {
        let text =
            "\u{FEFF}"
            + web("  image: nginx\n  ports: [{container: 80}]\n").replacingOccurrences(of: "\n", with: "\r\n")
        let state = ManifestParser.parse([SourceFile(path: "crlf.yaml", contents: Data(text.utf8))])
        #expect(state.diagnostics.isEmpty && state.deployments.count == 1)
    }
}

extension RobustnessTests {
    @Test func diagnosticsPerDocumentAreCapped() throws {
        let garbage = (0..<500).map { "  field\($0): x\n" }.joined()
        let state = ManifestParser.parse([
            SourceFile(path: "g.yaml", contents: Data(web("  image: nginx\n" + garbage).utf8))
        ])
        #expect(state.diagnostics.count == InputLimits.maxDiagnosticsPerDocument + 1)
        let last = try #require(state.invalid.first?.diagnostics.last)
        #expect(last.message == "more problems in this document are not shown (the first 100 are)")
    }

    @Test func thousandsOfDeploymentsOnOneHostPortAreCheckedQuickly() {
        let text =
            (0..<3_000).map { index in
                web(
                    "  image: nginx\n  ports: [{container: 80, host: 8080, hostIP: 127.0.\(index / 250).\(index % 250 + 1)}]\n"
                )
                .replacingOccurrences(of: "name: web", with: "name: app-\(index)")
            }.joined(separator: "---\n") + "---\n" + web("  image: nginx\n  ports: [{container: 80, host: 8080}]\n")
        let clock = ContinuousClock()
        var state: DesiredState?
        let elapsed = clock.measure {
            state = ManifestParser.parse([SourceFile(path: "p.yaml", contents: Data(text.utf8))])
        }
        #expect(state?.invalid.count == 3_001)
        #expect(elapsed < .seconds(20))
    }
}
