import Manifest

/// `code.idor` for a lookup that loses the owner it was scoped to: a removed line of a function that stays looked
/// records up by the caller's account, tenant or user (gorm's `.Where("account_id = ?", accountID)`, Phoenix's
/// `Invoices.get_account_invoice!(conn.assigns.current_account, id)`), and no line of the function names that owner
/// any more (`accountID` left only in the signature; `id |> Invoices.get_invoice!()`). Any signed-in caller then reads
/// another's record by its id. An owner still checked after the lookup (`if inv.AccountID != accountID`), passed
/// another way, or a function deleted whole is no finding.
struct OwnerScopeDropped: FileCheck {
    let kinds = ReviewedFile.code

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let diff = file.diff
        guard !diff.isNew, diff.hunks.contains(where: { $0.hasBytes("\n-") }) else { return [] }
        let previous = diff.previousVersion
        let old = previous.lines
        let kept = Set(previous.oldNumber.values)
        var newNumber: [Int: Int] = [:]
        for (new, old) in previous.oldNumber { newNumber[old] = new }
        let lines = file.visible
        let scopes = file.layout.scopes
        for index in old.indices where !kept.contains(old[index].number) {
            let text = old[index].text
            guard Self.ownerWords.contains(where: text.hasBytesIgnoringCase), Self.lookup.matches(text) else {
                continue
            }
            let owners = Set(
                CodeFlow.codeText(text).split { !($0.isLetter || $0.isNumber || $0 == "_") }
                    .filter { Self.owner.matches($0) }.map(String.init))
            // Where the removed line stood: the first line kept after it, in the function that holds it now.
            guard !owners.isEmpty,
                let next = old[(index + 1)...].first(where: { kept.contains($0.number) && $0.text.isCodeLine }),
                let number = newNumber[next.number], let at = lines.firstIndex(where: { $0.number == number }),
                let definition = scopes.definition(enclosing: at), !lines[definition].isAdded
            else { continue }
            let body = HelperFunctions.body(at: definition, in: lines)
            guard body.contains(at),
                !body.contains(where: { line in owners.contains(where: lines[line].text.hasBytes) })
            else { continue }
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

    private static let ownerWords = ["account", "tenant", "org", "owner", "customer", "company", "current_"]
    /// A name for the caller's owner: `accountID`, `tenant_id`, `current_account`, `currentUser`.
    private static let owner = LinePattern(
        #"(?i)^(?:current_?(?:user|account|org|organi[sz]ation|tenant|team|company)|"#
            + #"(?:account|tenant|org|organi[sz]ation|owner|customer|company|team)_?id)$"#)
    /// A query or a lookup call.
    private static let lookup = LinePattern(
        #"(?i)\b(?:where|filter\w*|find\w*|get\w*|fetch\w*|load\w*|lookup\w*|scope\w*|query|select|first)\s*[!(]"#)
}
