/// A value checked against an allow-list: `if fmt not in ALLOWED_FORMATS: abort(400)`,
/// `if (!SORTABLE.includes(sort)) return`, `in_array($sort, self::SORTABLE, true)`, `slices.Contains(allowed, s)`,
/// `if !allowedColumns[col] { … }`. What gets past such a check is one of the list's own values, so the name no
/// longer carries request text (the guard's other branch refuses or replaces it).
extension CodeFlow {
    /// The names `line` checks for membership in a collection the file fixes: an `UPPER_CASE` constant, a table of
    /// literals the file assigns (``literalTables``), or one named as an allow-list (`allowed…`, `valid…`,
    /// `supported…`, `permitted…`, `known…`).
    func namesCheckedAgainstAllowLists(in line: Substring) -> [String] {
        guard Self.membershipWords.contains(where: line.hasBytes) else { return [] }
        return Self.membership.matches(in: line).compactMap { groups in
            guard let value = groups[1] ?? groups[4] ?? groups[5] ?? groups[8],
                let collection = groups[2] ?? groups[3] ?? groups[6] ?? groups[7],
                isAllowList(String(collection))
            else { return nil }
            return String(value)
        }
    }

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
