import Manifest

/// `code.auth-removed` for a check inside a handler that the change deletes: an `if` whose condition tests who the
/// caller is (`id != callerId && !User.IsInRole("Support")`, `post.author_id != current_user.id`, `!req.user.isAdmin`)
/// and whose body refuses (`return Forbid();`, `abort(403)`, `raise PermissionDenied`, `head :forbidden`,
/// `http.Error(w, …, http.StatusForbidden)`), while the code after it stays and no added line refuses or authorizes
/// in its place. Any signed-in caller then acts on another's record. ``RemovedAuthGuard`` reads guards that stand
/// outside handlers; this reads the ones written inline. A check moved (an added line refusing, `authorize(…)`, a
/// policy) or a handler deleted with its check is not a finding.
struct RemovedAccessCheck: FileCheck {
    let kinds = ReviewedFile.code

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let diff = file.diff
        guard !diff.isNew, diff.hunks.contains(where: { $0.hasBytes("\n-") }) else { return [] }
        let lines = file.visible
        guard
            !lines.contains(where: { $0.isAdded && (Self.refusal.matches($0.text) || Self.authorizes.matches($0.text)) }
            )
        else { return [] }
        let previous = file.layout.previous
        let old = previous.lines
        for index in old.indices where !previous.keeps(old[index]) {
            let text = old[index].text
            guard text.hasBytes("if") || text.hasBytes("unless") || text.hasBytes("guard"),
                Self.conditional.matches(text), Self.callerTest.matches(text)
            else { continue }
            // The block's body: the lines below it, up to four, the refusal among them and removed with it.
            let body = old[index..<min(old.count, index + 5)]
            guard let refusing = body.firstIndex(where: { Self.refusal.matches($0.text) }),
                (index...refusing).allSatisfy({ !previous.keeps(old[$0]) }),
                let after = old[(refusing + 1)...].first(where: { previous.keeps($0) && $0.text.isCodeLine }),
                let reported = previous.newNumber[after.number].flatMap(file.layout.index(ofLineNumbered:))
                    .map({ lines[$0] })
            else { continue }
            return [
                file.finding(
                    "code.auth-removed", .high, on: reported,
                    message: "a check that the caller owns the record or holds the role is removed from a handler "
                        + "that stays, and nothing refuses in its place; keep the check", content: text.trimmedLine)
            ]
        }
        return []
    }

    private static let conditional = LinePattern(#"^\s*(?:\}\s*else\s+)?(?:if|unless|guard)\b"#)
    /// A condition on who the caller is: their id, their role, their ownership of the record.
    private static let callerTest = LinePattern(
        #"(?i)\b(?:User\.(?:IsInRole|FindFirst|Identity|Claims)|current_?user|request\.user|req\.user|"#
            + #"ctx\.(?:state\.)?user|"#
            + #"caller\w*|principal\w*|claims\b|has_?role|is_?admin|is_?staff|is_?owner|can\?|cannot\?|"#
            + #"owner_?id|author_?id|user_?id\s*[!=]=|[!=]=\s*\$?\w*user_?id)"#)
    /// A refusal: 401 or 403, a denial exception, `Forbid()`, Rails's `head :forbidden`.
    private static let refusal = LinePattern(
        #"(?i)\b(?:Forbid|Unauthorized|Challenge)\s*\(\s*\)|\b40[13]\b|StatusForbidden|StatusUnauthorized|"#
            + #"PermissionDenied|AccessDenied|Forbidden|NotAuthorized|Unauthorised|:forbidden|:unauthorized"#)
    /// A call that authorizes in the handler's place: `authorize(…)`, `$this->authorize(…)`, `AuthorizeAsync(…)`.
    private static let authorizes = LinePattern(#"(?i)\bauthorize\w*\s*[(!]|\bcheck_?permission\w*\s*\("#)
}
