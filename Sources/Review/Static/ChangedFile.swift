import Manifest

/// One file of a diff as the static rules read it: what kind of file it is, the lines the change adds, and every
/// line of the new version the diff shows (context and added, in order), so a rule can follow a value from where it
/// is assigned to where it is used. Only added lines produce findings.
struct ChangedFile {
    /// A line of the new version that the diff shows.
    struct Line {
        /// 1-based, in the new version of the file.
        let number: Int
        let text: Substring
        /// True for a line the change adds; false for context.
        let isAdded: Bool
    }

    /// The nearest code line above line `index` of `lines` indented less: the block, function or class it stands in.
    static func enclosingLine(of index: Int, in lines: [Line]) -> Line? {
        let indentation = lines[index].text.indentation
        return lines[..<index].last { $0.text.isCodeLine && $0.text.indentation < indentation }
    }

    let file: ReviewedFile
    let diff: UnifiedDiff.File
    /// Context and added lines in file order.
    let visible: [Line]
    /// The added lines' byte index: the k-th added line of ``visible`` is line k of the index.
    let triggers: TriggerIndex
    /// What the checks read off the file's layout, worked out once for all of them.
    let layout: FileLayout

    init(_ diff: UnifiedDiff.File, file: ReviewedFile, triggers: TriggerIndex) {
        self.file = file
        self.diff = diff
        self.triggers = triggers
        var lines = diff.added.map { Line(number: $0.number, text: $0.text, isAdded: true) }
        if !diff.context.isEmpty {
            lines += diff.context.map { Line(number: $0.number, text: $0.text, isAdded: false) }
            lines.sort { $0.number < $1.number }
        }
        visible = lines
        layout = FileLayout(lines, kind: file.kind, diff: diff)
    }

    /// The indices in ``visible`` of added lines.
    var addedIndices: [Int] { visible.indices.filter { visible[$0].isAdded } }

    /// The flow of names through the whole file, worked out the first time a check asks and shared by all of them.
    var flow: CodeFlow {
        if let known = layout.wholeFlow { return known }
        let flow = CodeFlow(self)
        layout.wholeFlow = flow
        return flow
    }

    /// The flow of names as the function or callback holding line `index` sees it (``CodeFlow/within(_:of:)``); the
    /// whole file's in a file that opens none. Worked out once per function.
    func flow(at index: Int) -> CodeFlow {
        guard layout.opensScopes else { return flow }
        let scope = layout.scopes.scope(of: index)
        if let known = layout.flowWithin[scope] { return known }
        let scoped = flow.within(scope, of: self)
        layout.flowWithin[scope] = scoped
        return scoped
    }

    /// A finding of `rule` on `line`, fingerprinted by `content` (never shown: it may be a secret); lowered to `low` in
    /// test code unless `keptInTests`.
    func finding(
        _ rule: String, _ severity: FindingSeverity, on line: Line, message: String, content: some StringProtocol,
        keptInTests: Bool = false
    ) -> ReviewFinding {
        ReviewFinding(
            severity: file.isTest && !keptInTests ? min(severity, .low) : severity, rule: rule, file: file.path,
            line: line.number,
            message: message, fingerprint: ReviewFinding.fingerprint(rule: rule, file: file.path, content: content))
    }

    /// The first finding of high severity or above that static makes of the unchanged lines among `indices`, judged
    /// as a new file of this path, each line first passed through `rewrite`: how a check asks whether a body the
    /// change did not touch is unsafe as it stands, or would be with a value put in. With `reportingOn`, only a
    /// finding on one of those line numbers counts: the other lines are context.
    func blockingFinding(
        judgingUnchanged indices: [Int], reportingOn numbers: Set<Int>? = nil,
        rewrite: (Substring) -> Substring = { $0 }
    ) -> ReviewFinding? {
        var diff = UnifiedDiff.File(path: file.path, header: "")
        diff.isNew = true
        diff.added = indices.filter { !visible[$0].isAdded }.map {
            UnifiedDiff.Line(number: visible[$0].number, text: rewrite(visible[$0].text))
        }
        return StaticReviewer.findings(in: diff).first { finding in
            finding.severity >= .high && numbers.map { $0.contains(finding.line ?? 0) } ?? true
        }
    }
}

/// A static rule that reads a whole changed file (a value followed across lines, a block of a workflow) rather than
/// one line at a time. It reports only on added lines.
protocol FileCheck: Sendable {
    /// The kinds of file the check reads.
    var kinds: Set<ReviewedFile.Kind> { get }
    /// The findings on the added lines of `file`.
    func findings(in file: ChangedFile) -> [ReviewFinding]
    /// The findings on the added lines of `file` and the sinks the check examined there and judged safe (none for a
    /// check that reads no sinks).
    func judgement(of file: ChangedFile) -> FileJudgement
}

extension FileCheck {
    func judgement(of file: ChangedFile) -> FileJudgement {
        FileJudgement(findings: findings(in: file))
    }
}

/// What static rules make of a changed file: their findings, and the sinks they judged safe.
struct FileJudgement {
    var findings: [ReviewFinding] = []
    var safeSinks: [SafeSink] = []
}

extension ChangedFile {
    /// The block line `index` stands in, read from the layout: the lines around it indented as deep or deeper (to
    /// the nearest code line indented less on each side), and the line above that opens it, when there is one. A
    /// Terraform `statement { … }`, a firewall rule, a Caddy or nginx block.
    static func block(around index: Int, in lines: [Line]) -> (opening: Int?, lines: ArraySlice<Line>) {
        let indentation = lines[index].text.indentation
        let outside: (Line) -> Bool = { $0.text.isCodeLine && $0.text.indentation < indentation }
        let opening = lines[..<index].lastIndex(where: outside)
        let end = lines[(index + 1)...].firstIndex(where: outside) ?? lines.count
        return (opening, lines[(opening.map { $0 + 1 } ?? 0)..<end])
    }
}

/// What static reads off a changed file's layout, each worked out the first time a check asks and then shared by all of
/// them: each visible line's statement (``CodeFlow/statement(at:in:)``), the functions the file defines
/// (``HelperFunctions``), which function each line stands in (``FunctionScopes``) and the file before the change.
final class FileLayout {
    private let lines: [ChangedFile.Line]
    private let kind: ReviewedFile.Kind
    private let diff: UnifiedDiff.File

    init(_ lines: [ChangedFile.Line], kind: ReviewedFile.Kind, diff: UnifiedDiff.File) {
        self.lines = lines
        self.kind = kind
        self.diff = diff
    }

    /// Each visible line's statement: the line joined with the lines that continue it.
    lazy var statements: [Substring] = lines.indices.map { CodeFlow.statement(at: $0, in: lines) }
    /// The functions the file defines, and the calls of them.
    lazy var helpers = HelperFunctions(statements, of: lines, kind: kind)
    /// Which function each line stands in.
    lazy var scopes = FunctionScopes(lines)
    /// The file as it was before the change, as far as the hunks show it.
    lazy var previous = diff.previousVersion
    /// ``ChangedFile/flow`` once worked out.
    fileprivate var wholeFlow: CodeFlow?
    /// ``ChangedFile/flow(at:)`` once worked out, by function.
    fileprivate var flowWithin: [Int?: CodeFlow] = [:]
    /// Whether any line opens a function or a callback (``FunctionScopes/scope(of:)``): in a file where none does,
    /// every line stands outside them all and the whole file is one scope of names.
    lazy var opensScopes = lines.contains { FunctionScopes.opensCallback($0.text) } || !helpers.isEmpty

    /// The index of the visible line numbered `number` in the new file, if one is.
    func index(ofLineNumbered number: Int) -> Int? {
        indexByNumber[number]
    }

    private lazy var indexByNumber = Dictionary(
        lines.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { first, _ in first })
}
