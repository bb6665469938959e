/// A value checked against an allow-list: `if fmt not in ALLOWED_FORMATS: abort(400)`,
/// `if (!SORTABLE.includes(sort)) return`, `in_array($sort, self::SORTABLE, true)`, `slices.Contains(allowed, s)`,
/// `if !allowedColumns[col] { … }`, or a negated test that refuses what fails it (`if (!GroupableColumns.Contains(c))
/// { throw … }`). What gets past such a check is one of the collection's own values, so the name no longer carries
/// request text (the guard's other branch refuses or replaces it).
extension CodeFlow {
    /// The names `line` checks for membership in a collection the file fixes: an `UPPER_CASE` constant, a table of
    /// literals the file assigns (``literalTables``), or one named as an allow-list (`allowed…`, `valid…`,
    /// `supported…`, `permitted…`, `known…`); or any collection when the test is negated and `refusal` (the line and
    /// the few after it) refuses (``refuses(_:)``).
    func namesCheckedAgainstAllowLists(in line: Substring, refusal: @autoclosure () -> Substring) -> [String] {
        guard Self.membershipWords.contains(where: line.hasBytes) else { return [] }
        let matches = Self.membership.matches(in: line)
        guard !matches.isEmpty else { return [] }
        let negatedAndRefused = (line.hasBytes("!") || line.hasBytes(" not in ")) && Self.refuses(refusal())
        return matches.compactMap { groups in
            guard let value = groups[1] ?? groups[4] ?? groups[5] ?? groups[8],
                let collection = groups[2] ?? groups[3] ?? groups[6] ?? groups[7],
                negatedAndRefused || isAllowList(String(collection))
            else { return nil }
            return String(value)
        }
    }

    /// Whether `text` refuses: throws, returns, aborts or answers with a client error.
    static func refuses(_ text: Substring) -> Bool {
        refusalWords.contains(where: text.hasBytes) && refusal.matches(text)
    }

    private static let refusalWords = [
        "throw", "raise", "abort", "return", "Error", "halt", "die", "exit", "continue", "Bad", "Forbidden",
        "NotFound", "status", "40",
    ]
    private static let refusal = LinePattern(
        #"\b(throw|raise|abort|return|halt|die|exit|continue)\b|\bhttp\.Error\b|\b(BadRequest|Forbidden|NotFound)"#
            + #"|\bstatus\s*\(\s*4\d\d|\b40[034]\b"#)

    private func isAllowList(_ name: String) -> Bool {
        let lower = name.lowercased()
        return name.count > 1 && name == name.uppercased() && name.contains { $0.isLetter }
            || literalTables.contains(name)
            || ["allow", "valid", "supported", "permitted", "known", "whitelist"].contains { lower.hasPrefix($0) }
    }

    private static let membershipWords = [
        " in ", "includes(", "has(", "contains(", "Contains(", "containsKey(", "ContainsKey(", "include?(", "key?(",
        "member?(", "in_array(", "array_key_exists(", "!",
    ]
    /// Python's `x (not) in C` (1, 2); a method on the collection (3, 4); PHP's `in_array($x, C)` (5, 6);
    /// Go's `slices.Contains(C, x)` (7, 8); a map looked up under `!` counts as the method form (`!allowed[x]`).
    private static let membership = LinePattern(
        #"\b([A-Za-z_]\w*)\s+(?:not\s+)?in\s+(?:self\.|cls\.)?([A-Za-z_]\w*)\s*:|"#
            + #"(?:self\.|this\.|self::|static::|\$this->|@)?([A-Za-z_]\w*)(?:\.(?:includes|has|contains|Contains|"#
            + #"containsKey|ContainsKey|include\?|key\?|member\?)\(\s*\$?|\[\s*)([A-Za-z_]\w*)\s*[)\]]|"#
            + #"\b(?:in_array|array_key_exists)\(\s*\$([A-Za-z_]\w*)\s*,\s*(?:self::|static::|\$this->)?\$?([A-Za-z_]\w*)|"#
            + #"\bslices\.Contains\(\s*([A-Za-z_]\w*)\s*,\s*([A-Za-z_]\w*)\s*\)"#)
}
