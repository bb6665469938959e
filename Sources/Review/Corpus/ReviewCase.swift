package import Manifest

/// One labelled change for the static reviewer: a file written (over `before`, when given) in one commit.
package struct ReviewCase: Sendable {
    /// A short unique name, for test output.
    package let name: String
    /// The language of the changed file (`python`, `dockerfile`, `pem`, ...), as the corpus labels it.
    package let language: String
    /// The file's path in the repository.
    package let path: String
    /// The file's content in the parent commit; nil when the change adds the file.
    package let before: String?
    /// The file's content after the change.
    package let after: String
    /// The rule a risky change must trigger; nil for a benign look-alike, which must raise nothing at `medium` or
    /// above.
    package let expectedRule: String?

    package init(
        _ name: String, _ path: String, language: String = "", before: String? = nil, _ after: String,
        expect expectedRule: String?
    ) {
        self.name = name
        self.language = language
        self.path = path
        self.before = before
        self.after = after
        self.expectedRule = expectedRule
    }

    /// True for a risky change.
    package var isRisky: Bool { expectedRule != nil }

    /// The severity from which a finding counts as flagging the change.
    package static let flagSeverity = FindingSeverity.medium

    /// Whether `report` agrees with the label: a risky change has a finding of ``expectedRule`` at
    /// ``flagSeverity`` or above; a benign one has no finding at that level.
    package func isJudgedRight(by report: ReviewReport) -> Bool {
        let flagged = report.findings.filter { $0.severity >= Self.flagSeverity }
        guard let expectedRule else { return flagged.isEmpty }
        return flagged.contains { $0.rule == expectedRule }
    }

    /// The change as git would print it: a new file, or the whole file replaced when there is a `before`.
    package var patch: String {
        func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }
        let added = lines(after)
        guard let before else {
            return "diff --git a/\(path) b/\(path)\nnew file mode 100644\n--- /dev/null\n+++ b/\(path)\n"
                + "@@ -0,0 +1,\(added.count) @@\n" + added.map { "+\($0)\n" }.joined()
        }
        let removed = lines(before)
        return "diff --git a/\(path) b/\(path)\n--- a/\(path)\n+++ b/\(path)\n"
            + "@@ -1,\(removed.count) +1,\(added.count) @@\n" + removed.map { "-\($0)\n" }.joined()
            + added.map { "+\($0)\n" }.joined()
    }
}
