import Manifest

/// `code.idor` for a lookup that loses the owner it was scoped to: a removed line of a function that stays looked
/// records up by the caller's account, tenant or user (gorm's `.Where("account_id = ?", accountID)`, Phoenix's
/// `Invoices.get_account_invoice!(conn.assigns.current_account, id)`, Django's `_invoices_for(request.user)`), and no
/// line of the function names that owner any more but to log it (`accountID` left only in the signature;
/// `id |> Invoices.get_invoice!()`). Any signed-in caller then reads another's record by its id. An owner still
/// checked after the lookup (`if inv.AccountID != accountID`), passed another way (the whole request handed to a
/// lookup of the file's own), or a function deleted whole is no finding.
struct OwnerScopeDropped: FileCheck {
    let kinds = ReviewedFile.code

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let diff = file.diff
        guard !diff.isNew, diff.hunks.contains(where: { $0.hasBytes("\n-") }) else { return [] }
        let previous = file.layout.previous
        let old = previous.lines
        let lines = file.visible
        for index in old.indices where !previous.keeps(old[index]) {
            let text = old[index].text
            guard Self.ownerWords.contains(where: text.hasBytesIgnoringCase), Self.lookup.matches(text) else {
                continue
            }
            let owners = Set(
                CodeFlow.codeText(text).split { !($0.isLetter || $0.isNumber || $0 == "_") }
                    .filter { Self.owner.matches($0) }.map(String.init)
                    + Self.signedInUser.matches(in: CodeFlow.codeText(text)).compactMap { $0[0].map(String.init) })
            // The function that held the removed line, kept by the change: the nearest kept line above it, indented
            // less, that defines one.
            guard !owners.isEmpty,
                let definition = Self.keptDefinition(above: index, in: previous, file)
            else { continue }
            // Named in code, not in a query's text (`SELECT id, account_id, …` names a column, not the caller's).
            let body = HelperFunctions.body(at: definition, in: lines)
            guard !body.isEmpty,
                !body.contains(where: { line in
                    owners.contains(where: lines[line].text.hasBytes)
                        && owners.contains(where: CodeFlow.codeText(lines[line].text).hasBytes)
                        && !Self.logging.matches(lines[line].text)
                }),
                // The whole request handed to a lookup of the file's own (`get_invoice_for(request, pk)`) carries
                // its user along.
                !owners.contains(where: { $0.hasSuffix(".user") })
                    || !body.contains(where: { lines[$0].isAdded && Self.requestPassed.matches(lines[$0].text) })
            else { continue }
            let at = body.first { lines[$0].isAdded } ?? definition
            let names = owners.sorted().joined(separator: ", ")
            return [
                file.finding(
                    "code.idor", .high, on: lines[at],
                    message:
                        "the lookup no longer scopes the record to its owner (\(names) is gone from the function): "
                        + "any caller reads another's record by its id; keep the owner in the query",
                    content: text.trimmedLine)
            ]
        }
        return []
    }

    /// The index in the new file of the definition that held old line `index`, when the change kept it: walking up
    /// the kept lines indented less and less, the first that defines a function (a Ruby `def` without parentheses
    /// among them).
    private static func keptDefinition(
        above index: Int, in previous: UnifiedDiff.File.PreviousVersion, _ file: ChangedFile
    ) -> Int? {
        let old = previous.lines
        let lines = file.visible
        func newIndex(_ line: UnifiedDiff.Line) -> Int? {
            previous.newNumber[line.number].flatMap(file.layout.index(ofLineNumbered:))
        }
        // Where the removed line stood: just after the kept line before it.
        guard let before = old[..<index].last(where: previous.keeps).flatMap(newIndex) else {
            return nil
        }
        // A signature laid out over lines closes at the definition's indentation (`) -> Result<…> {`): lines at the
        // level reached so far are passed over, not only those indented deeper.
        var indentation = old[index].text.indentation - 1
        for line in old[..<index].reversed() where line.text.isCodeLine && line.text.indentation <= indentation {
            indentation = line.text.indentation
            // A removed line around it (the statement it continued) is passed over.
            guard let at = newIndex(line) else { continue }
            let isDefinition =
                file.layout.scopes.name(definedAt: at) != nil
                || line.text.drop(while: { $0.isWhitespace }).hasPrefix("def ")
            guard isDefinition else { continue }
            return at == before || HelperFunctions.body(at: at, in: lines).contains(before) ? at : nil
        }
        return nil
    }

    private static let ownerWords = [
        "account", "tenant", "org", "owner", "customer", "company", "current_", "request.user", "req.user",
    ]
    /// The signed-in user as the request carries it: Django's `request.user`, Express's and Passport's `req.user`.
    private static let signedInUser = LinePattern(#"(?<![\w.])(?:request|req)\.user\b"#)
    /// The request passed whole to a call that is not a response (`load_invoice(request, pk)`, not `render(request,
    /// …)`).
    private static let requestPassed = LinePattern(
        #"(?<![\w.])(?!render\b|redirect\b|\w*Response\b)\w+\(\s*(?:self\.)?(?:request|req)\s*[,)]"#)
    /// A line that only logs (`log.info("… %s", request.user.pk)`): naming the owner there scopes nothing.
    private static let logging = LinePattern(
        #"^\s*(?:\w+\.)?(?:log|logger|logging|console|Log|LOG|LOGGER)\.\w+\s*\(|^\s*print\w*\s*\("#)
    /// A name for the caller's owner: `accountID`, `tenant_id`, `current_account`, `currentUser`.
    private static let owner = LinePattern(
        #"(?i)^(?:current_?(?:user|account|org|organi[sz]ation|tenant|team|company)|"#
            + #"(?:account|tenant|org|organi[sz]ation|owner|customer|company|team)_?id)$"#)
    /// A query, a lookup call or a query's bound parameter (sqlx's `.bind(user.account_id)`).
    private static let lookup = LinePattern(
        #"(?i)\b(?:where|filter\w*|find\w*|get\w*|fetch\w*|load\w*|lookup\w*|scope\w*|query|select|first|bind)\s*[!(]"#)
}
