import Manifest

/// A change that newly uses a function or a value the file defines, unchanged, whose body static would block:
/// `resp, err := labClient.Do(req)` where `var labClient` turns TLS verification off, `$this->legacyDigest($password)`
/// where `legacyDigest` returns an `md5`, `@Qualifier("legacyRestTemplate")` where that bean trusts every certificate.
/// The risk sat unused (or used elsewhere, where it was reviewed); this change puts it on a new path.
///
/// A name is newly used when the added lines mention it (as a name or inside a string) and the removed lines did not.
/// Its body is the unchanged lines from its definition or assignment down to where the indentation comes back to that
/// line's, which is how code in every language here is laid out. The body is judged as static judges a new file; a
/// finding of high severity or above is reported on the first added line that uses the name, with its rule.
struct NewlyUsedRiskyCode: FileCheck {
    let kinds = ReviewedFile.code

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        guard !file.diff.isNew, !file.diff.context.isEmpty, !file.diff.added.isEmpty else { return [] }
        var removed = Set<Substring>()
        for line in file.diff.removed { line.collectWords(into: &removed, minimumLength: 3) }
        var added = Set<Substring>()
        for line in file.diff.added { line.text.collectWords(into: &added, minimumLength: 3) }
        let used = added.subtracting(removed)
        guard !used.isEmpty else { return [] }
        var findings: [ReviewFinding] = []
        var reported = Set<String>()
        let scopes = file.layout.scopes
        for (index, line) in file.visible.enumerated() where !line.isAdded {
            var words = Set<Substring>()
            line.text.collectWords(into: &words, minimumLength: 3)
            guard !words.isDisjoint(with: used), let (name, isLocal) = Self.definedName(at: index, in: file.visible),
                used.contains(name[...]),
                !reported.contains(name),
                let risk = Self.blockingFinding(inBodyAt: index, of: file),
                let use = file.visible.indices.first(where: { use in
                    file.visible[use].isAdded && name.utf8.count >= 3 && file.visible[use].text.names(name)
                        && (!isLocal
                            || scopes.definition(enclosing: index).map { $0 == scopes.definition(enclosing: use) }
                                ?? true)
                }).map({ file.visible[$0] })
            else { continue }
            reported.insert(name)
            findings.append(
                ReviewFinding(
                    severity: file.file.isTest ? min(risk.severity, .low) : risk.severity, rule: risk.rule,
                    file: file.file.path, line: use.number,
                    message:
                        "this change newly uses \(name) (line \(line.number)), whose body is unsafe: \(risk.message)",
                    fingerprint: ReviewFinding.fingerprint(rule: risk.rule, file: file.file.path, content: use.text)))
        }
        return findings
    }

    /// The name line `index` defines (a function) or assigns (a value), when it does, and whether it may be a local
    /// variable: one assigned without `self.`, `this.` or `@`, whose uses count only in the function that assigns it
    /// (`$rows = …` in one action is not the `$rows` of another) when a function assigns it.
    private static func definedName(at index: Int, in lines: [ChangedFile.Line]) -> (String, isLocal: Bool)? {
        let text = lines[index].text
        guard text.hasBytes("(") || text.hasBytes("=") else { return nil }
        let statement = CodeFlow.statement(at: index, in: lines)
        let next = HelperFunctions.after(statement, at: index, in: lines, text: \.text)
        if let definition = HelperFunctions.definition(in: statement, next: next) {
            return (definition.name, false)
        }
        guard let groups = assignment.firstMatch(in: text), let name = groups[2] else { return nil }
        return (String(name), groups[1] == nil)
    }

    /// The first finding of high severity or above that static makes of the unchanged lines of the definition at line
    /// `index` and its body (``HelperFunctions/body(at:in:)``).
    private static func blockingFinding(inBodyAt index: Int, of file: ChangedFile) -> ReviewFinding? {
        let range = HelperFunctions.body(at: index, in: file.visible)
        guard !range.isEmpty || file.visible[index].text.hasBytes("=") else { return nil }
        let body = [index] + Array(range)
        // A value assigned in a function is judged with the unchanged lines above it there, which give the names it
        // is built from their values (`$table = $wpdb->prefix . 'members'`), and reported only on its own lines.
        guard let scope = file.layout.scopes.scope(of: index) else {
            return file.blockingFinding(judgingUnchanged: body)
        }
        let context = file.visible.indices.prefix(index).filter { above in
            !file.visible[above].isAdded && file.layout.scopes.scope(of: above) == scope
        }
        return file.blockingFinding(
            judgingUnchanged: context + body, reportingOn: Set(body.map { file.visible[$0].number }))
    }

    /// `name = …`, `var name = …`, `name := …`, `val name: Type = …`, `$name = …`, `self.name = …` (group 1 the
    /// `self.`, `this.`, `$this->` or `@` of a field, group 2 the name).
    private static let assignment = LinePattern(
        #"^\s*(?:(?:var|let|const|val|final|private|public|protected|internal|static|readonly|my|our)\s+)*"#
            + #"(?:[\w<>\[\]?.*]+\s+)?(\$this->|self\.|this\.|@)?\$?([A-Za-z_]\w*)\s*"#
            + #"(?::\s*[^=]+)?(?::=|=(?![=>~]))"#)
}
