/// The actions a guard's line excepts from the guard, or limits it to: Rails' `except: [:index, :show]`,
/// `only: :edit`, `%i[new create]`; Laravel's `->except(['index'])`.
struct ActionList {
    /// The line without its lists, blanks left out: what must match for two lines to be one guard's before and after.
    let statement: String
    /// The actions the guard lets through.
    let excepted: Set<Substring>
    /// The actions the guard is limited to (empty: all of them).
    let only: Set<Substring>

    init(_ text: Substring) {
        var excepted = Set<Substring>()
        var only = Set<Substring>()
        for groups in Self.list.matches(in: text) {
            guard let key = groups[1], let items = groups[2] else { continue }
            let body = items.hasPrefix("%") ? items.dropFirst(2) : items
            let actions = body.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "!" || $0 == "?") }
            if key == "except" { excepted.formUnion(actions) } else { only.formUnion(actions) }
        }
        statement = Self.list.removingMatches(in: text).filter { !$0.isWhitespace }
        self.excepted = excepted
        self.only = only
    }

    /// `except: [:a, :b]`, `only: :a`, `except => %i[a b]`, `except(['a'])`: the key is group 1, the list group 2.
    private static let list = LinePattern(
        #"\b(except|only)\b\s*(?::|=>|\(|=)?\s*(\[[^\]]*\]|%[iw]\[[^\]]*\]|%[iw]\([^)]*\)|:[\w!?]+|'[^']*'|"[^"]*")\)?"#
    )
}
