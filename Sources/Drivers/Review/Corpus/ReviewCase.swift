/// One labelled change for the static reviewer: a file written (over `before`, when given) in one commit.
package struct ReviewCase: Sendable {
    /// A short unique name, for test output.
    package let name: String
    /// The file's path in the repository.
    package let path: String
    /// The file's content in the parent commit; nil when the change adds the file.
    package let before: String?
    /// The file's content after the change.
    package let after: String
    /// The rule a risky change must trigger; nil for a benign look-alike, which must raise nothing at `medium` or
    /// above.
    package let expectedRule: String?

    package init(_ name: String, _ path: String, before: String? = nil, _ after: String, expect expectedRule: String?) {
        self.name = name
        self.path = path
        self.before = before
        self.after = after
        self.expectedRule = expectedRule
    }

    /// True for a risky change.
    package var isRisky: Bool { expectedRule != nil }
}
