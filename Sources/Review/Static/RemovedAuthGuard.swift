import Manifest

/// `code.auth-removed`: a change that takes an authentication or authorization guard off routes or handlers that
/// stay, and puts no guard back, so endpoints that required a signed-in or privileged caller are open to anyone. It
/// reads the lines the change removes (``AuthGuardScanner`` finds the guards across frameworks):
/// - a decorator, annotation or attribute removed from a handler that stays (`@login_required`,
///   `@permission_required(…)`, `@jwt_required()`, `@PreAuthorize(…)`, `@Secured(…)`, `[Authorize]`,
///   `@UseGuards(JwtAuthGuard)`), or a guard mixin from a view's bases (`LoginRequiredMixin`);
/// - a middleware argument removed from a route or router that stays (`requireAuth`, `passport.authenticate(…)`,
///   `ensureLoggedIn()`, Laravel's `->middleware('can:administer')`, `'auth:sanctum'`), a callback
///   (`before_action :authenticate_user!`), a dependency (`Depends(get_current_user)`), or a matcher's requirement
///   (`.hasRole("ADMIN")` become `.permitAll()`, `.RequireAuthorization()` dropped);
///
/// and the lines it adds that let anyone in where a guard held: `[AllowAnonymous]`, `@PermitAll` or Nest's `@Public()`
/// on an action that was there before, `skip_before_action :authenticate_user!`, `->withoutMiddleware('auth')`,
/// `permission_classes = [AllowAny]`, a `.permitAll()` matcher for a path another line requires a role for.
///
/// A guard counts as put back, and nothing is reported, when the same guard is still added somewhere in the file (moved
/// to the class, the group or the router), when a guard the file did not name before is added (renamed, or replaced by
/// another), or when an added line checks the caller itself (a 401 or 403, `PermissionDenied`, `is_authenticated`, a
/// signature compared in constant time). Nor is a guard reported whose route or handler the change deletes with it,
/// or one that guarded what anyone may reach: health and readiness probes, metrics, static assets, login, sign-up and
/// password-reset endpoints, public marketing pages, and webhooks in a file that checks a signature. A guard moved to
/// another file is out of this rule's sight; templates (`.blade.php`, `.erb`) hide links, not endpoints, and are not
/// read.
struct RemovedAuthGuard: FileCheck {
    let kinds = ReviewedFile.code

    static let rule = "code.auth-removed"

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let diff = file.diff
        let path = file.file.path.lowercased()
        guard !diff.isNew, !path.hasSuffix(".blade.php"), !path.hasSuffix(".erb") else { return [] }
        let scanner = AuthGuardScanner(kind: file.file.kind)
        let removesGuard = diff.removed.contains(where: AuthGuardScanner.mayName)
        let mayOpen = diff.added.contains { line in
            AuthGuardScanner.mayName(line.text) && (scanner.opens(line.text) || line.text.hasBytes("permitAll"))
        }
        let mayMoveOutOfAGroup =
            GuardedBlocks.kinds.contains(file.file.kind) && !diff.removed.isEmpty
            && diff.context.contains { AuthGuardScanner.mayName($0.text) }
        guard removesGuard || mayOpen || mayMoveOutOfAGroup else { return [] }
        let change = AuthGuardChange(file, scanner: scanner)
        guard !change.putsGuardBack else { return [] }
        var findings = change.removals().map { removal in
            file.finding(
                Self.rule, .high, on: removal.line,
                message: "an authentication or authorization guard is removed from a route or handler that stays, and "
                    + "none is put back: it is open to anyone; keep the guard, or move it to the class, group or "
                    + "router that serves it", content: removal.guardText)
        }
        findings += change.widenedExceptions().map { line in
            file.finding(
                Self.rule, .high, on: line,
                message: "a guard is kept but more actions are excepted from it: they are open to anyone; keep them "
                    + "guarded, or except only public endpoints", content: line.text)
        }
        if let moved = change.routeMovedOutOfGuardedBlocks() {
            findings.append(
                file.finding(
                    Self.rule, .high, on: moved,
                    message: "routes are moved out of the group or router that required a signed-in or privileged "
                        + "caller, and nothing guards them where they now stand; keep them in the guarded group",
                    content: moved.text))
        }
        findings += change.openings().map { line in
            file.finding(
                Self.rule, .high, on: line,
                message: "an endpoint that required a signed-in or privileged caller is opened to anyone; keep the "
                    + "requirement, or open only what is public (login, health checks, assets)", content: line.text)
        }
        var reported = Set<Int>()
        return findings.filter { reported.insert($0.line ?? 0).inserted }
    }
}

/// One file's change as ``RemovedAuthGuard`` reads it: the file before and after, the guards each names, and where
/// a removed guard's route or handler went.
private struct AuthGuardChange {
    /// A removed guard to report, and the line of the new version it is reported on.
    struct Removal {
        let line: ChangedFile.Line
        let guardText: Substring
    }

    private let file: ChangedFile
    private let scanner: AuthGuardScanner
    /// The file before the change, as the hunks show it.
    private let old: [UnifiedDiff.Line]
    /// Which of ``old`` the change removes.
    private let isRemoved: [Bool]
    /// For an old context line's number, its line in the new version; for a new context line's number, its old one.
    private let newLineOfOld: [Int: ChangedFile.Line]
    private let oldNumber: [Int: Int]
    /// The guards each old line names (empty for most), and each new one.
    private let oldGuards: [[AuthGuardScanner.Reference]]
    private let newGuards: [[AuthGuardScanner.Reference]]
    /// The new version's lines without their indentation, and the names it declares.
    private let newTexts: Set<Substring>
    private let newDeclared: Set<Substring>
    private let oldDeclared: Set<Substring>
    /// The names of the guards the added lines name.
    private let addedGuardNames: Set<String>
    /// Whether the change adds a guard the file did not name before, or a check of the caller.
    let putsGuardBack: Bool

    init(_ file: ChangedFile, scanner: AuthGuardScanner) {
        self.file = file
        self.scanner = scanner
        let previous = file.diff.previousVersion
        old = previous.lines
        let oldContext = Set(previous.oldNumber.values)
        isRemoved = old.map { !oldContext.contains($0.number) }
        var newLineOfOld: [Int: ChangedFile.Line] = [:]
        for line in file.visible where !line.isAdded {
            if let number = previous.oldNumber[line.number] { newLineOfOld[number] = line }
        }
        self.newLineOfOld = newLineOfOld
        oldNumber = previous.oldNumber
        oldGuards = Self.guards(in: old.map(\.text), scanner: scanner)
        newGuards = Self.guards(in: file.visible.map(\.text), scanner: scanner)
        newTexts = Set(file.visible.map { $0.text.trimmed })
        newDeclared = Set(file.visible.compactMap { Self.declaredName(in: $0.text) })
        oldDeclared = Set(old.compactMap { Self.declaredName(in: $0.text) })

        let oldNames = Set(oldGuards.joined().map(\.name))
        let addedNames = Set(
            zip(file.visible, newGuards).filter { $0.0.isAdded }.flatMap { $0.1.map(\.name) })
        putsGuardBack =
            !addedNames.subtracting(oldNames).isEmpty
            || file.visible.contains { $0.isAdded && Self.checksCaller($0.text) }
        addedGuardNames = addedNames
    }

    // MARK: Removed guards

    /// The removed guards whose route or handler stays, that no added line names again, and that guarded no public
    /// endpoint.
    func removals() -> [Removal] {
        old.indices.compactMap { index in
            guard isRemoved[index] else { return nil }
            let references = oldGuards[index].filter { !addedGuardNames.contains($0.name) }
            guard !references.isEmpty else { return nil }
            let remainder = AuthGuardScanner.remainder(of: old[index].text, without: oldGuards[index])
            let isAnnotation = Self.isAnnotation(old[index].text)
            var window = [remainder[...]]
            let reportedOn: ChangedFile.Line?
            if !isAnnotation, let literal = Self.firstLiteral(in: remainder[...]) {
                // A route that names its guard on its own line: it stays when an added line names its path.
                guard let kept = addedLine(quoting: literal) else { return nil }
                reportedOn = kept
            } else if !isAnnotation, let name = Self.declaredName(in: remainder[...]) {
                guard newDeclared.contains(name), let kept = declaration(of: name) else { return nil }
                reportedOn = kept
            } else {
                // A guard on a line of its own guards what follows it (and, in a chain, what it continues).
                let before = neighbour(of: index, step: -1)
                let after = neighbour(of: index, step: 1)
                guard before.map(survives) ?? true, after.map(survives) ?? true else { return nil }
                window += annotations(around: index).map { old[$0].text }
                if let after { window += old[(index + 1)...after].map(\.text) }
                if let before, Self.continuesChain(old[index].text) { window.append(old[before].text) }
                reportedOn = after.flatMap(newLine(of:)) ?? newLine(near: index)
            }
            guard let reportedOn, !isPublic(window) else { return nil }
            return Removal(line: reportedOn, guardText: old[index].text.trimmed)
        }
    }

    /// The nearest line from `index` in direction `step` that is code the guard stands beside: not blank, no comment,
    /// not a brace or an `end`, naming no guard, and, going down, no other annotation (so a decorator's neighbour below
    /// is the function it decorates).
    private func neighbour(of index: Int, step: Int) -> Int? {
        var candidate = index + step
        while old.indices.contains(candidate) {
            let text = old[candidate].text
            if oldGuards[candidate].isEmpty, Self.isCode(text), step < 0 || !Self.isAnnotation(text) {
                return candidate
            }
            candidate += step
        }
        return nil
    }

    /// Whether the old line at `index` is still in the file: the same text, or the same declaration.
    private func survives(_ index: Int) -> Bool {
        newTexts.contains(old[index].text.trimmed)
            || Self.declaredName(in: old[index].text).map(newDeclared.contains) == true
    }

    /// The annotation lines stacked right above `index` (`@app.route("/health")` over `@login_required`).
    private func annotations(around index: Int) -> [Int] {
        var above: [Int] = []
        var candidate = index - 1
        while candidate >= 0, Self.isAnnotation(old[candidate].text) {
            above.append(candidate)
            candidate -= 1
        }
        return above
    }

    /// The new version's line for the old line at `index`: the same line unchanged, or an added line with its text,
    /// or one declaring its name.
    private func newLine(of index: Int) -> ChangedFile.Line? {
        if let unchanged = newLineOfOld[old[index].number] { return unchanged }
        let text = old[index].text.trimmed
        return file.visible.first { $0.isAdded && $0.text.trimmed == text }
            ?? Self.declaredName(in: old[index].text).flatMap(declaration(of:))
    }

    /// The new version's line where the old line at `index` stood: the first unchanged line after it, or the last.
    private func newLine(near index: Int) -> ChangedFile.Line? {
        old[index...].lazy.compactMap { newLineOfOld[$0.number] }.first ?? file.visible.last
    }

    private func addedLine(quoting literal: Substring) -> ChangedFile.Line? {
        file.visible.first { line in line.isAdded && Self.quotes.contains { line.text.hasBytes("\($0)\(literal)\($0)") } }
    }

    private func declaration(of name: Substring) -> ChangedFile.Line? {
        file.visible.first { Self.declaredName(in: $0.text) == name }
    }

    // MARK: Routes moved

    /// The first route that a guarded block or a `use` of a guard covered before the change (``GuardedBlocks``) and
    /// none covers after it: a route the change moves (removes, and adds with the same text) out of a guarded group,
    /// or an unchanged one whose group or `use` the change moves away from it. A public endpoint's is no finding.
    func routeMovedOutOfGuardedBlocks() -> ChangedFile.Line? {
        guard GuardedBlocks.kinds.contains(scanner.kind) else { return nil }
        var removedAt: [Substring: [Int]] = [:]
        for index in old.indices where isRemoved[index] { removedAt[old[index].text.trimmed, default: []].append(index) }
        var oldIndex: [Int: Int] = [:]
        for (index, line) in old.enumerated() { oldIndex[line.number] = index }
        // Each route of the new version, with the old lines it was.
        let routes: [(index: Int, was: [Int])] = file.visible.indices.compactMap { index in
            let line = file.visible[index]
            guard Self.registersRoute(line.text) else { return nil }
            if line.isAdded { return removedAt[line.text.trimmed].map { (index, $0) } }
            return oldNumber[line.number].flatMap { oldIndex[$0] }.map { (index, [$0]) }
        }
        guard !routes.isEmpty else { return nil }
        let wasCovered = GuardedBlocks(old.map(\.text), guards: oldGuards).covers
        let isCovered = GuardedBlocks(file.visible.map(\.text), guards: newGuards).covers
        return routes.first { route in
            !isCovered[route.index] && route.was.contains { wasCovered[$0] } && !isPublic([file.visible[route.index].text])
        }.map { file.visible[$0.index] }
    }

    /// Whether a line registers a route on a path: `Route::get('/x', …)`, `router.delete('/x', …)`, `r.Get("/x", …)`,
    /// `app.MapPost("/x", …)`, Ktor's `get("/x") {`.
    private static func registersRoute(_ text: Substring) -> Bool {
        text.contains(where: { $0 == "'" || $0 == "\"" || $0 == "`" }) && routeRegistration.matches(text)
    }

    private static let routeRegistration = LinePattern(
        #"(?i)(?:^|[.:>\s])(get|post|put|patch|delete|del|any|match|options|head|all|resources?|apiResources?|route|"#
            + #"handle|handleFunc|map(get|post|put|patch|delete|methods))\s*\(\s*["'`]"#)

    // MARK: Openings

    /// Added lines that let anyone into an endpoint that was there before (``AuthGuardScanner/opens(_:)``), or a
    /// Spring `.permitAll()` added for a path an unchanged line requires a role for: not moved from elsewhere in the
    /// file, and not for a public endpoint.
    func openings() -> [ChangedFile.Line] {
        let removedTexts = Set(old.indices.filter { isRemoved[$0] }.map { old[$0].text.trimmed })
        return file.visible.indices.compactMap { index in
            let line = file.visible[index]
            guard line.isAdded, AuthGuardScanner.mayName(line.text), !removedTexts.contains(line.text.trimmed)
            else { return nil }
            var window = [line.text]
            let opens =
                scanner.opens(line.text) ? opensAnOldTarget(at: index, window: &window) : shadowsAGuardedPath(line.text)
            return opens && !isPublic(window) ? line : nil
        }
    }

    /// Added lines that keep the guards of a line the change removes but except more actions from them
    /// (`before_action :authenticate_user!, except: [:index]` become `except: [:index, :export]`,
    /// `->middleware('auth')->except(['index'])`) or apply them to fewer (`only: [:edit, :update]` losing `:update`),
    /// unless every action newly let through is a public endpoint's.
    func widenedExceptions() -> [ChangedFile.Line] {
        let removed = old.indices.filter { isRemoved[$0] && !oldGuards[$0].isEmpty }
        guard !removed.isEmpty else { return [] }
        return file.visible.indices.compactMap { index in
            let line = file.visible[index]
            guard line.isAdded, !newGuards[index].isEmpty, line.text.hasBytes("except") || line.text.hasBytes("only")
            else { return nil }
            let after = ActionList(line.text)
            let names = Set(newGuards[index].map(\.name))
            let before = removed.lazy.filter { Set(oldGuards[$0].map(\.name)) == names }.map { ActionList(old[$0].text) }
                .first { $0.statement == after.statement }
            guard let before else { return nil }
            let opened = after.excepted.subtracting(before.excepted)
                .union(after.only.isEmpty ? [] : before.only.subtracting(after.only))
            return opened.isEmpty || opened.allSatisfy({ isPublic([$0]) }) ? nil : line
        }
    }

    /// Whether what the opening at `index` opens was in the file before: the handler an annotation stands over, the
    /// route a chained opening names; the class, for a class-wide one. Adds the lines that name it to `window`.
    private func opensAnOldTarget(at index: Int, window: inout [Substring]) -> Bool {
        let text = file.visible[index].text
        if let literal = Self.firstLiteral(in: text) {
            return old.contains { line in Self.quotes.contains { line.text.hasBytes("\($0)\(literal)\($0)") } }
        }
        guard Self.isAnnotation(text) else { return true }
        for next in file.visible[(index + 1)...] {
            window.append(next.text)
            if Self.isCode(next.text), !Self.isAnnotation(next.text) {
                return !next.isAdded || Self.declaredName(in: next.text).map(oldDeclared.contains) == true
            }
        }
        return false
    }

    /// Whether an added `.permitAll()` names a path an unchanged line requires a guard for: the earlier matcher wins in
    /// Spring, so the requirement no longer holds.
    private func shadowsAGuardedPath(_ text: Substring) -> Bool {
        guard scanner.kind == .java, text.hasBytes("permitAll"), let literal = Self.firstLiteral(in: text) else {
            return false
        }
        return file.visible.indices.contains { index in
            let line = file.visible[index]
            return !line.isAdded && !newGuards[index].isEmpty
                && Self.quotes.contains { line.text.hasBytes("\($0)\(literal)\($0)") }
        }
    }

    // MARK: What the lines say

    /// Whether `window` names an endpoint anyone may reach (``PublicEndpoint``), or is the file's name such an
    /// endpoint's; a webhook counts only when the file checks a signature.
    private func isPublic(_ window: [Substring]) -> Bool {
        let name = file.file.path.split(separator: "/").last ?? ""
        return (window + [name]).contains { PublicEndpoint.isNamed(in: $0) }
            || (window + [name]).contains { PublicEndpoint.isWebhook(in: $0) }
                && file.visible.contains { PublicEndpoint.checksSignature($0.text) }
    }

    /// The guards each line names, lines of a multi-line import or export (`import {`, `from x import (`) none.
    private static func guards(in lines: [Substring], scanner: AuthGuardScanner) -> [[AuthGuardScanner.Reference]] {
        var insideImport = false
        return lines.map { text in
            let trimmed = text.trimmed
            if insideImport {
                insideImport = !(trimmed.contains("}") || trimmed.contains(")"))
                return []
            }
            if ["import", "export {", "export type {", "from ", "use ", "module.exports"].contains(where: trimmed.hasPrefix),
                trimmed.hasSuffix("{") || trimmed.hasSuffix("(")
            {
                insideImport = true
                return []
            }
            return AuthGuardScanner.mayName(text) ? scanner.references(in: text) : []
        }
    }

    /// Whether an added line checks the caller itself: refuses with a 401 or 403, raises a permission error, tests
    /// `is_authenticated` or a permission, or compares a signature.
    private static func checksCaller(_ text: Substring) -> Bool {
        isCode(text) && callerCheckWords.occur(in: text) && callerCheck.matches(text)
            || PublicEndpoint.checksSignature(text)
    }

    private static let callerCheckWords = ByteWords([
        "40", "uthori", "UTHORI", "orbidden", "ORBIDDEN", "enied", "ENIED", "uthenticat", "UTHENTICAT", "ranted",
        "Gate::", "has_perm", "is_staff", "is_superuser", "can?", "cannot?",
    ])
    private static let callerCheck = LinePattern(
        #"(?i)\b40[13]\b|unauthori[sz]ed|forbidden|permission_?denied|access_?denied|not_?authenticated|"#
            + #"authentication_?failed|is_authenticated|isauthenticated\s*\(|denyaccessunlessgranted|\bgate::|"#
            + #"\bhas_perms?\b|\bis_staff\b|\bis_superuser\b|\bcan\?|\bcannot\?"#)

    /// Whether a line is code: not blank, no comment, not a lone brace, bracket or `end`.
    private static func isCode(_ text: Substring) -> Bool {
        let trimmed = text.trimmed
        guard trimmed.contains(where: { $0.isLetter || $0.isNumber }), trimmed != "end" else { return false }
        return !["//", "/*", "*", "--"].contains(where: trimmed.hasPrefix)
            && !(trimmed.hasPrefix("#") && !trimmed.hasPrefix("#["))
    }

    /// A decorator, annotation or attribute line: `@login_required`, `[Authorize]`, `#[IsGranted('ROLE_ADMIN')]`.
    private static func isAnnotation(_ text: Substring) -> Bool {
        let trimmed = text.trimmed
        return trimmed.hasPrefix("@") || trimmed.hasPrefix("#[")
            || trimmed.hasPrefix("[") && trimmed.dropFirst().first?.isUppercase == true
    }

    /// A line that continues the statement above it: `->middleware('auth')`, `.authenticated()`.
    private static func continuesChain(_ text: Substring) -> Bool {
        let trimmed = text.trimmed
        return trimmed.hasPrefix("->") || trimmed.hasPrefix(".")
    }

    private static let quotes: [Character] = ["'", "\"", "`"]

    /// The first string literal's text on `text`, if it has any: a route's path, a matcher's pattern.
    private static func firstLiteral(in text: Substring) -> Substring? {
        guard let open = text.firstIndex(where: quotes.contains) else { return nil }
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(of: text[open]) else { return nil }
        let literal = rest[..<close]
        return literal.contains(where: { $0.isLetter || $0 == "/" }) ? literal : nil
    }

    /// The name a line declares: a class, function or method (`def admin_panel(request):`,
    /// `public IActionResult Delete(int id)`, `async remove(@Param('id') id: string) {`).
    static func declaredName(in text: Substring) -> Substring? {
        guard text.contains("(") || text.hasBytes("class ") || text.hasBytes("def "),
            let groups = declaration.firstMatch(in: text)
        else { return nil }
        if let name = groups[1] { return name }
        guard let name = groups[2], !controlWords.contains(String(name)) else { return nil }
        let first = text.trimmed.prefix { $0.isLetter }
        return controlWords.contains(String(first)) ? nil : name
    }

    private static let declaration = LinePattern(
        #"^\s*(?:(?:export|public|private|protected|internal|static|async|override|virtual|final|abstract|suspend|"#
            + #"open|default|synchronized)\s+)*(?:(?:class|interface|def|function|fun|func|module)\s+([A-Za-z_$][\w$]*)|"#
            + #"(?:[\w<>\[\],.?]+\s+)?([A-Za-z_$][\w$]*)\s*\([^;]*$)"#)
    private static let controlWords: Set<String> = [
        "if", "for", "while", "switch", "catch", "return", "await", "throw", "new", "else", "elif", "with", "yield",
        "assert", "raise", "when", "unless", "until", "case", "print", "echo",
    ]
}

/// The actions a guard's line excepts from it, or limits it to: Rails' `except: [:index, :show]`, `only: :edit`,
/// `%i[new create]`; Laravel's `->except(['index'])`.
private struct ActionList {
    /// The line without its lists: what must match for two lines to be one guard's before and after.
    let statement: String
    let excepted: Set<Substring>
    let only: Set<Substring>

    init(_ text: Substring) {
        var excepted = Set<Substring>()
        var only = Set<Substring>()
        for groups in Self.list.matches(in: text) {
            guard let key = groups[1], let items = groups[2] else { continue }
            let words = items.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "!" || $0 == "?") }
                .filter { $0 != "i" && $0 != "w" }
            if key == "except" { excepted.formUnion(words) } else { only.formUnion(words) }
        }
        statement = Self.list.removingMatches(in: text).filter { !$0.isWhitespace }
        self.excepted = excepted
        self.only = only
    }

    private static let list = LinePattern(
        #"\b(except|only)\b\s*(?::|=>|\(|=)?\s*(\[[^\]]*\]|%[iw]\[[^\]]*\]|%[iw]\([^)]*\)|:[\w!?]+|'[^']*'|"[^"]*")\)?"#)
}

extension Substring {
    /// The line without its leading and trailing blanks.
    fileprivate var trimmed: Substring {
        var text = drop { $0 == " " || $0 == "\t" }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
