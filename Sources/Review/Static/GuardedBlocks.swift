/// Which lines of a brace-delimited file a guard covers by where they stand: inside a block whose statement names a
/// guard (Laravel's `Route::middleware('auth:sanctum')->group(function () {`, a chain whose `->middleware('can:…')`
/// sits on a line of its own before `->group(…) {`, Ktor's `authenticate("jwt") {`), or after a `use` of a guard in the
/// same block (`router.use(requireAuth)`, chi's `r.Use(jwtauth.Authenticator)`). A `use` that mounts on a path
/// (`app.use('/admin', requireAdmin, adminRouter)`) covers only that path and no line after it; a group kept in a
/// variable (gin's `admin := r.Group("/admin", AuthRequired())`, ASP.NET's `MapGroup(…).RequireAuthorization()`)
/// guards the routes registered on it, wherever they stand, and its bare `{` block covers nothing.
///
/// Braces in strings and comments are not counted; Python's and Ruby's blocks, which have none, cover nothing here.
struct GuardedBlocks {
    /// For each line, whether a guard covers it.
    let covers: [Bool]

    /// Reads `lines` in order, with the guards each names (``AuthGuardScanner/references(in:)``).
    init(_ lines: [Substring], guards: [[AuthGuardScanner.Reference]]) {
        var covers: [Bool] = []
        covers.reserveCapacity(lines.count)
        // For each open block, whether its statement named a guard; for each depth, whether a `use` of a guard in it
        // covers the lines after.
        var guardedBlocks: [Bool] = []
        var usedGuards = [false]
        var pendingGuard = false
        for (line, references) in zip(lines, guards) {
            covers.append(guardedBlocks.contains(true) || usedGuards.contains(true))
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            // A guard named on a statement's line carries to the lines that continue it, up to its block.
            if pendingGuard, !["->", ".", ")"].contains(where: trimmed.hasPrefix) { pendingGuard = false }
            let names = !references.isEmpty
            let braces = Self.braces(in: line)
            if names, braces.isEmpty, Self.usesAGuard(line) { usedGuards[usedGuards.count - 1] = true }
            let statementGuarded = pendingGuard || names
            for brace in braces {
                if brace == UInt8(ascii: "{") {
                    guardedBlocks.append(statementGuarded)
                    usedGuards.append(false)
                } else if !guardedBlocks.isEmpty {
                    guardedBlocks.removeLast()
                    usedGuards.removeLast()
                }
            }
            pendingGuard = statementGuarded && braces.isEmpty && !trimmed.hasSuffix(";") && !trimmed.isEmpty
        }
        self.covers = covers
    }

    /// The languages whose blocks are braces.
    static let kinds: Set<ReviewedFile.Kind> = [.javascript, .php, .go, .java, .csharp, .swift, .rust]

    /// A `use` of middleware on no path: `router.use(requireAuth)`, `r.Use(auth)`, `router.use(requireSession,
    /// requireRole('admin'))` (a quoted argument to a guard is no path; a first argument quoted is).
    private static func usesAGuard(_ line: Substring) -> Bool {
        (line.hasBytes("use(") || line.hasBytes("Use(")) && useOnNoPath.matches(line)
    }

    private static let useOnNoPath = LinePattern(#"\b(?:use|Use)\(\s*(?![\s"'`])"#)

    /// The line's `{` and `}` in order, outside strings and `//` comments.
    private static func braces(in line: Substring) -> [UInt8] {
        var found: [UInt8] = []
        var quote: UInt8?
        var escaped = false
        var previous: UInt8 = 0
        for byte in line.utf8 {
            defer { previous = byte }
            if let open = quote {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == open {
                    quote = nil
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"): quote = byte
            case UInt8(ascii: "/") where previous == UInt8(ascii: "/"): return found
            case UInt8(ascii: "{"), UInt8(ascii: "}"): found.append(byte)
            default: break
            }
        }
        return found
    }
}
