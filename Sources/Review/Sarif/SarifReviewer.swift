import Foundation
package import Manifest

/// A `type: sarif` reviewer (DESIGN §8): runs a scanner on the changed files of a temporary checkout of the `to`
/// tree, with a time limit, and reads the SARIF it writes into findings.
///
/// The checkout is rebuilt from the request's diff: a new file (every file at a first deploy) is whole; a modified
/// file has the lines its hunks show (changes and their context) at their own line numbers and blank lines between,
/// so line numbers match the commit. Only files the scanner's globs pick are written; none → no run, no findings.
/// Findings are kept on lines the change adds, as the static reviewer does; those in test code are lowered to `low`,
/// and one of a risk class (``SarifScanner/classes``) to the severity static gives that class on the same lines when
/// that is lower, or to `low` where static examined a sink of that class there and judged it safe
/// (``followingStatic(_:in:classOf:)``): static's context rules (a placeholder, a development flag, a sanitiser, an
/// allow-list) hold for every reviewer. A timeout, a crash, an unexpected exit code or unreadable SARIF is a ``ReviewerError``
/// naming the scanner, with the tail of its standard error.
///
/// ```swift
/// let bandit = SarifReviewer(name: "bandit", scanner: SarifPreset.bandit.scanner, executable: "/opt/berth-scanners/bin/bandit")
/// let report = try await bandit.review(request)
/// ```
package struct SarifReviewer: Reviewer {
    package let name: String
    package let scanner: SarifScanner
    /// The absolute path of the program `scanner.command[0]` names.
    package let executable: String

    package init(name: String, scanner: SarifScanner, executable: String) {
        self.name = name
        self.scanner = scanner
        self.executable = executable
    }

    package func review(_ request: ReviewRequest) async throws -> ReviewReport {
        let files = UnifiedDiff(request.diff).files.filter { file in
            !file.isBinary && !file.isDeleted && !ReviewedFile(path: file.path).isSkipped && scanner.takes(file.path)
                && Self.isSafe(file.path)
        }
        guard !files.isEmpty else { return ReviewReport(reviewer: name, findings: []) }
        let batches = Self.batches(
            of: files, processes: ProcessInfo.processInfo.activeProcessorCount, bytesPerBatch: scanner.bytesPerProcess)
        let findings = try await withThrowingTaskGroup(of: [ReviewFinding].self) { group in
            for batch in batches { group.addTask { try await scan(batch) } }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        let judged = Self.followingStatic(Self.loweringTestCode(findings), in: files) { finding in
            scanner.riskClass(of: String(finding.rule.dropFirst(name.count + 1)))
        }
        return ReviewReport(reviewer: name, findings: judged.sorted(by: Self.inReportOrder))
    }

    /// `findings` with those in test code or fixtures lowered to `low`, as the static reviewer lowers its own there
    /// (``ReviewedFile/isTest``): test keys and risky test helpers are what such files are for.
    static func loweringTestCode(_ findings: [ReviewFinding]) -> [ReviewFinding] {
        findings.lowering(to: .low, note: "in test code") { ReviewedFile(path: $0.file).isTest }
    }

    /// `findings` each lowered as the static reviewer judges the same class of risk on the same lines, reading the
    /// `files` that hold a finding above `low` of a known class (`classOf`): see ``lowered(_:as:safe:classOf:)``.
    static func followingStatic(
        _ findings: [ReviewFinding], in files: [UnifiedDiff.File], classOf: (ReviewFinding) -> RiskClass?
    ) -> [ReviewFinding] {
        let flagged = Set(findings.filter { $0.severity > .low && classOf($0) != nil }.map(\.file))
        guard !flagged.isEmpty else { return findings }
        var judged = FileJudgement()
        for file in files where flagged.contains(file.path) {
            let judgement = StaticReviewer.judgement(of: file, recordingSafe: true)
            judged.findings += judgement.findings
            judged.safeSinks += judgement.safeSinks
        }
        return lowered(findings, as: judged.findings, safe: judged.safeSinks, classOf: classOf)
    }

    /// `findings` each lowered to what static judges the same class of risk (`classOf`,
    /// ``RiskClass/init(staticRule:)``) in the same file on the nearest line within ``reach`` lines, when that is
    /// lower (the most severe judgement, when several are as near): the severity of a finding in `judged` (a
    /// placeholder secret `sk_live_xxxx…`, TLS verification off behind a development flag, a public client key), or
    /// `low` for a sink in `safe` that static examined and judged safe (an argument through `escapeshellarg`, an
    /// allow-listed sort column, a pickle of the code's own cache), the message saying why. A finding keeps its
    /// severity where static judges nothing of its class near it: a scanner may see what static does not.
    static func lowered(
        _ findings: [ReviewFinding], as judged: [ReviewFinding], safe: [SafeSink] = [],
        classOf: (ReviewFinding) -> RiskClass?
    ) -> [ReviewFinding] {
        var byPlace: [Place: [Judgement]] = [:]
        for finding in judged {
            guard let riskClass = RiskClass(staticRule: finding.rule), let line = finding.line else { continue }
            byPlace[Place(file: finding.file, riskClass: riskClass), default: []].append(
                Judgement(
                    line: line, severity: finding.severity,
                    note: "\(finding.severity.rawValue) as static judges \(finding.rule) on line \(line)"))
        }
        for sink in safe {
            byPlace[Place(file: sink.file, riskClass: sink.riskClass), default: []].append(
                Judgement(
                    line: sink.line, severity: .low,
                    note: "low: static judged this sink safe on line \(sink.line): \(sink.reason)"))
        }
        return findings.map { finding in
            guard finding.severity > .low, let line = finding.line, let riskClass = classOf(finding),
                let top = nearest(byPlace[Place(file: finding.file, riskClass: riskClass)] ?? [], to: line),
                top.severity < finding.severity
            else { return finding }
            var lowered = finding
            lowered.severity = top.severity
            lowered.message += " (\(top.note))"
            return lowered
        }
    }

    /// The most severe of `judged` on the line nearest `line` within ``reach``; nil when none is that near.
    private static func nearest(_ judged: [Judgement], to line: Int) -> Judgement? {
        func distance(_ judgement: Judgement) -> Int { abs(judgement.line - line) }
        guard let nearest = judged.map(distance).min(), nearest <= reach else { return nil }
        return judged.filter { distance($0) == nearest }.max { $0.severity < $1.severity }
    }

    /// What static judges on one line: the severity a scanner's finding there takes, and the note saying why.
    private struct Judgement {
        let line: Int
        let severity: FindingSeverity
        let note: String
    }

    /// How many lines apart a scanner's finding and static's may be and still be about the same code: a scanner
    /// reports where its match starts (`&tls.Config{`), static the line of the call or the setting.
    static let reach = 2

    /// Where static's findings are looked up: a file and a risk class.
    private struct Place: Hashable {
        let file: String
        let riskClass: RiskClass
    }

    /// A change's files in at most `processes` batches of about equal size, one scanner process each; one batch
    /// while the change is under `bytesPerBatch` (``SarifScanner/bytesPerProcess``: a scanner's start-up, 5 s for
    /// checkov, is paid per process).
    static func batches(
        of files: [UnifiedDiff.File], processes: Int, bytesPerBatch: Int = SarifScanner.defaultBytesPerProcess
    ) -> [[UnifiedDiff.File]] {
        let sized = files.map { file in (file, file.hunks.reduce(0) { $0 + $1.utf8.count }) }
        let count = min(max(1, processes), max(1, sized.reduce(0) { $0 + $1.1 } / bytesPerBatch), files.count)
        var batches = Array(repeating: [UnifiedDiff.File](), count: count)
        var sizes = Array(repeating: 0, count: count)
        // Largest first, each to the lightest batch so far.
        for (file, size) in sized.sorted(by: { ($1.1, $0.0.path) < ($0.1, $1.0.path) }) {
            let lightest = sizes.indices.min { sizes[$0] < sizes[$1] } ?? 0
            batches[lightest].append(file)
            sizes[lightest] += size
        }
        return batches
    }

    /// One scanner process on `files`, in a temporary checkout of its own.
    private func scan(_ files: [UnifiedDiff.File]) async throws -> [ReviewFinding] {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let tree = work + "/tree"
        var added: [String: [Int: Substring]] = [:]
        for file in files {
            let lines = Self.newSide(of: file)
            try write(Self.text(lines), to: tree + "/" + file.path)
            added[file.path] = Dictionary(file.added.map { ($0.number, $0.text) }, uniquingKeysWith: { a, _ in a })
        }
        for (support, text) in scanner.support { try write(text, to: work + "/berth/" + support) }
        try FileManager.default.createDirectory(atPath: work + "/out", withIntermediateDirectories: true)
        let process = ScannerProcess(
            executable: executable, arguments: arguments(files: files.map(\.path), work: work), directory: tree,
            stdoutPath: work + "/stdout", stderrPath: work + "/stderr", timeout: scanner.timeout)
        let ending: ScannerProcess.Ending
        do {
            ending = try await process.run()
        } catch {
            throw failure(.misconfigured, "cannot start \(executable): \(error)", work: work)
        }
        switch ending {
        case .timedOut:
            throw failure(
                .timedOut, "\(scanner.tool) did not finish within \(scanner.timeout) and was killed", work: work)
        case .signalled(let signal):
            throw failure(.invalidReply, "\(scanner.tool) was killed by signal \(signal)", work: work)
        case .exited(let code) where !scanner.exitCodes.contains(code):
            throw failure(.invalidReply, "\(scanner.tool) exited with status \(code)", work: work)
        case .exited:
            break
        }
        let log: SarifLog
        do {
            log = try SarifLog(data: try sarifData(work: work))
        } catch {
            throw failure(.invalidReply, "\(scanner.tool) wrote no readable SARIF (\(Self.brief(error)))", work: work)
        }
        let findings = Self.findings(in: log, scanner: scanner, reviewer: name, tree: tree).filter { finding in
            guard let lines = added[finding.file] else { return false }
            guard let line = finding.line else { return true }
            return lines[line] != nil
        }
        return findings
    }

    /// The findings a SARIF log holds, rule ids prefixed with the reviewer's name (`bandit.B602`), paths made
    /// relative to `tree`, fingerprinted on the result's snippet or message (never the line number).
    static func findings(in log: SarifLog, scanner: SarifScanner, reviewer: String, tree: String) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        for run in log.runs {
            let rules = run.tool.driver.rules ?? []
            let byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for result in run.results ?? [] {
                let rule =
                    result.ruleId.flatMap { byID[$0] }
                    ?? result.ruleIndex.flatMap { rules.indices.contains($0) ? rules[$0] : nil }
                guard let ruleID = result.ruleId ?? rule?.id else { continue }
                let physical = result.locations?.first?.physicalLocation
                guard let uri = physical?.artifactLocation?.uri else { continue }
                let file = relativePath(uri, tree: tree)
                let line = physical?.region?.startLine.flatMap { $0 > 0 ? $0 : nil }
                let severity = scanner.severity(
                    rule: ruleID, level: result.level ?? rule?.defaultConfiguration?.level,
                    securitySeverity: result.properties?.securitySeverity ?? rule?.properties?.securitySeverity,
                    issueSeverity: result.properties?.issueSeverity ?? rule?.properties?.issueSeverity)
                let id = "\(reviewer).\(ruleID)"
                let message =
                    (result.message.text ?? ruleID).split(whereSeparator: \.isNewline).first.map(String.init) ?? ruleID
                findings.append(
                    ReviewFinding(
                        severity: severity, rule: id, file: file, line: line,
                        message: "\(scanner.tool): \(message)",
                        fingerprint: ReviewFinding.fingerprint(
                            rule: id, file: file, content: physical?.region?.snippet?.text ?? message)))
            }
        }
        return findings.sorted(by: inReportOrder)
    }

    /// By file, line, then rule.
    static func inReportOrder(_ a: ReviewFinding, _ b: ReviewFinding) -> Bool {
        (a.file, a.line ?? 0, a.rule) < (b.file, b.line ?? 0, b.rule)
    }

    /// `file:///tmp/x/tree/app/a.py`, `./app/a.py`, `app/a%20b.py` → `app/a.py`, `app/a b.py`.
    static func relativePath(_ uri: String, tree: String) -> String {
        var path = uri.removingPercentEncoding ?? uri
        if path.hasPrefix("file://") { path.removeFirst("file://".count) }
        for root in [tree + "/", (tree as NSString).resolvingSymlinksInPath + "/"] where path.hasPrefix(root) {
            path.removeFirst(root.count)
        }
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    /// The new side of a file's hunks by line number.
    static func newSide(of file: UnifiedDiff.File) -> [Int: Substring] {
        var lines: [Int: Substring] = [:]
        for hunk in file.hunks {
            var number = 0
            for line in hunk.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("@@") {
                    guard let plus = line.firstIndex(of: "+") else { continue }
                    number = Int(line[line.index(after: plus)...].prefix { $0.isNumber }) ?? 0
                } else if number > 0, let first = line.first, first == " " || first == "+" {
                    lines[number] = line.dropFirst()
                    number += 1
                }
            }
        }
        for line in file.added { lines[line.number] = line.text }
        return lines
    }

    static func text(_ lines: [Int: Substring]) -> String {
        guard let last = lines.keys.max() else { return "" }
        var text = ""
        for number in 1...last {
            text += lines[number] ?? ""
            text += "\n"
        }
        return text
    }

    /// A path that stays inside the checkout (no `..`, not absolute).
    static func isSafe(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.isEmpty
    }

    private func arguments(files: [String], work: String) -> [String] {
        var arguments: [String] = []
        for argument in scanner.command.dropFirst() {
            if argument == "{files}" {
                arguments += files
            } else {
                arguments.append(
                    argument.replacingOccurrences(of: "{output}", with: work + "/out/report.sarif")
                        .replacingOccurrences(of: "{outdir}", with: work + "/out")
                        .replacingOccurrences(of: "{dir}", with: work + "/tree"))
            }
        }
        return arguments
    }

    /// `{output}`, else the one SARIF file the tool put in `{outdir}`, else standard output.
    private func sarifData(work: String) throws -> Data {
        let out = work + "/out"
        if let data = FileManager.default.contents(atPath: out + "/report.sarif") { return data }
        let written = (try? FileManager.default.subpathsOfDirectory(atPath: out)) ?? []
        if let name = written.sorted().first(where: { $0.hasSuffix(".sarif") }),
            let data = FileManager.default.contents(atPath: out + "/" + name)
        {
            return data
        }
        return FileManager.default.contents(atPath: work + "/stdout") ?? Data()
    }

    private func failure(_ kind: ReviewerError.Kind, _ message: String, work: String) -> ReviewerError {
        let tail = Self.tail(FileManager.default.contents(atPath: work + "/stderr") ?? Data())
        return ReviewerError(
            reviewer: name, kind: kind, message: tail.isEmpty ? message : "\(message); stderr: \(tail)")
    }

    /// The last 600 bytes of standard error on one line, with anything that looks like a token (20 or more
    /// letters, digits and `+/=_-` in a row, not all letters) replaced by `<redacted>`.
    static func tail(_ data: Data) -> String {
        let text = String(decoding: data.suffix(600), as: UTF8.self)
        let words = text.split(whereSeparator: \.isWhitespace).map { word -> String in
            let token = word.unicodeScalars.filter {
                CharacterSet.alphanumerics.contains($0) || "+/=_-".unicodeScalars.contains($0)
            }
            let looksSecret =
                token.count >= 20 && token.count * 10 >= word.unicodeScalars.count * 9
                && word.contains(where: \.isNumber) && word.contains(where: \.isLetter) && !word.contains("/")
            return looksSecret ? "<redacted>" : String(word)
        }
        return words.joined(separator: " ")
    }

    private static func brief(_ error: any Error) -> String {
        if error is DecodingError { return "not a SARIF 2.1.0 log" }
        return "\(error)"
    }

    private func temporaryDirectory() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/berth-sarif-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ReviewerError(reviewer: name, kind: .misconfigured, message: "cannot make a temporary directory")
        }
        return String(cString: made)
    }

    private func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw ReviewerError(reviewer: name, kind: .misconfigured, message: "cannot write \(path)")
        }
    }
}
