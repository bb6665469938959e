/// One file's change as ``RemovedAuthGuard`` reads it: the file before and after (as the hunks show them), the guards
/// each line names (``AuthGuardScanner``), and where a removed guard's route or handler went.
///
/// Every question is answered from indexes built once (the new version's texts, declarations and quoted paths), so a
/// large file costs a few passes, whatever it removes.
struct AuthGuardChange {
    /// A removed guard to report, and the line of the new version it is reported on.
    struct Removal {
        let line: ChangedFile.Line
        let guardText: Substring
    }

    private let file: ChangedFile
    private let scanner: AuthGuardScanner
    /// The file before the change.
    private let old: [UnifiedDiff.Line]
    /// Which of ``old`` the change removes.
    private let isRemoved: [Bool]
    /// For an old context line's number, its line in the new version.
    private let newLineOfOld: [Int: ChangedFile.Line]
    /// For a new context line's number, its number in the old version.
    private let oldNumber: [Int: Int]
    /// The guards each old line names (empty for most), and each added line of the new version (none for its context
    /// lines, read only when asked: ``newGuards()``).
    private let oldGuards: [[AuthGuardScanner.Reference]]
    private let addedGuards: [[AuthGuardScanner.Reference]]
    /// The new version's first line declaring each name (when the change removes a guard: only removals ask).
    private let declarations: [Substring: ChangedFile.Line]
    /// The first added line with each trimmed text, and the first quoting each string.
    private let addedByText: [Substring: ChangedFile.Line]
    private let addedQuoting: [Substring: ChangedFile.Line]
    /// The names of the guards the added lines name.
    private let addedGuardNames: Set<String>
    /// Whether the new version checks a signature (which makes a webhook public).
    private let checksSignature: Bool
    /// Whether the change adds a guard the file did not name before, or a line that checks the caller itself: a guard
    /// renamed, replaced or put back in the handler.
    let putsGuardBack: Bool

    /// Whether the changed lines alone may open an endpoint, before the file around them is read: a removed guard no
    /// added line names again, an opening, a guard's action list changed, or a route or a group's guard moved. Most
    /// changes, even to route files, touch none, and cost only a scan of the lines they change.
    static func mayOpenAnEndpoint(_ diff: UnifiedDiff.File, scanner: AuthGuardScanner) -> Bool {
        let removed = diff.removed.map { AuthGuardScanner.mayName($0) ? scanner.references(in: $0) : [] }
        let added = diff.added.map { AuthGuardScanner.mayName($0.text) ? scanner.references(in: $0.text) : [] }
        let addedNames = Set(added.joined().map(\.name))
        if removed.joined().contains(where: { !addedNames.contains($0.name) }) { return true }
        if diff.added.contains(where: { line in
            AuthGuardScanner.mayName(line.text) && (scanner.opens(line.text) || line.text.hasBytes("permitAll"))
        }) {
            return true
        }
        let listsActions = { (text: Substring, guards: [AuthGuardScanner.Reference]) in
            !guards.isEmpty && mayList(text)
        }
        if zip(diff.removed, removed).contains(where: listsActions),
            zip(diff.added.map(\.text), added).contains(where: listsActions)
        {
            return true
        }
        guard GuardedBlocks.kinds.contains(scanner.kind) else { return false }
        let removedTexts = Set(diff.removed.map(\.trimmedLine))
        let removedHandlers = Set(diff.removed.compactMap(routeHandler))
        return diff.added.contains { line in
            removedTexts.contains(line.text.trimmedLine) && registersRoute(line.text)
                || routeHandler(line.text).map(removedHandlers.contains) == true
        }
            || zip(diff.removed, removed).contains { guardsAGroup($1, on: $0) }
            || zip(diff.added, added).contains { guardsAGroup($1, on: $0.text) }
    }

    init(_ file: ChangedFile, scanner: AuthGuardScanner) {
        self.file = file
        self.scanner = scanner
        let previous = file.layout.previous
        old = previous.lines
        oldNumber = previous.oldNumber
        let isRemoved = old.map { !previous.keeps($0) }
        let oldGuards = Self.guards(in: old.map(\.text), scanner: scanner)
        self.isRemoved = isRemoved
        self.oldGuards = oldGuards
        addedGuards = Self.guards(in: file.visible.map { $0.isAdded ? $0.text : "" }, scanner: scanner)
        let removesGuard = zip(isRemoved, oldGuards).contains { $0 && !$1.isEmpty }

        var newLineOfOld: [Int: ChangedFile.Line] = [:]
        var declarations: [Substring: ChangedFile.Line] = [:]
        var addedByText: [Substring: ChangedFile.Line] = [:]
        var addedQuoting: [Substring: ChangedFile.Line] = [:]
        var addedGuardNames = Set<String>()
        var checksCaller = false
        for (line, guards) in zip(file.visible, addedGuards) {
            if removesGuard, let name = line.text.declaredName, declarations[name] == nil { declarations[name] = line }
            guard line.isAdded else {
                if let number = previous.oldNumber[line.number] { newLineOfOld[number] = line }
                continue
            }
            if addedByText[line.text.trimmedLine] == nil { addedByText[line.text.trimmedLine] = line }
            for literal in line.text.stringLiterals where addedQuoting[literal] == nil { addedQuoting[literal] = line }
            addedGuardNames.formUnion(guards.map(\.name))
            checksCaller = checksCaller || Self.checksCaller(line.text)
        }
        self.newLineOfOld = newLineOfOld
        self.declarations = declarations
        self.addedByText = addedByText
        self.addedQuoting = addedQuoting
        self.addedGuardNames = addedGuardNames
        checksSignature =
            file.visible.contains { PublicEndpoint.isWebhook(in: $0.text) }
            && file.visible.contains { PublicEndpoint.checksSignature($0.text) }
        putsGuardBack = checksCaller || !addedGuardNames.subtracting(oldGuards.joined().map(\.name)).isEmpty
    }

    // MARK: Removed guards

    /// The removed guards whose route or handler stays, that no added line names again, and that guarded no public
    /// endpoint. A guard on a route's own line stays with the route's path; one in a handler's declaration
    /// (`Depends(…)`, a mixin) with its name; one on a line of its own (a decorator, `router.use(…)`, a chained
    /// `->middleware(…)`) with the code on either side of it.
    func removals() -> [Removal] {
        old.indices.compactMap { index in
            guard isRemoved[index], oldGuards[index].contains(where: { !addedGuardNames.contains($0.name) }) else {
                return nil
            }
            let text = old[index].text
            let remainder = Substring(AuthGuardScanner.remainder(of: text, without: oldGuards[index]))
            var window = [remainder]
            let reportedOn: ChangedFile.Line?
            if !text.isAnnotationLine, let path = remainder.firstNamingLiteral {
                guard let kept = addedQuoting[path] else { return nil }
                reportedOn = kept
            } else if !text.isAnnotationLine, let name = remainder.declaredName {
                guard let kept = declarations[name] else { return nil }
                reportedOn = kept
            } else {
                let before = neighbour(of: index, step: -1)
                let after = neighbour(of: index, step: 1)
                guard before.map(survives) ?? true, after.map(survives) ?? true else { return nil }
                window += annotations(above: index).map { old[$0].text }
                if let after { window += old[(index + 1)...after].map(\.text) }
                if let before, text.continuesStatement { window.append(old[before].text) }
                reportedOn = after.flatMap(newLine(of:)) ?? newLine(near: index)
            }
            guard let reportedOn, !isPublic(window) else { return nil }
            return Removal(line: reportedOn, guardText: text.trimmedLine)
        }
    }

    /// The nearest line from `index` in direction `step` that is code the guard stands beside: not blank, no comment,
    /// not a brace or an `end`, naming no guard, and, going down, no other annotation (so a decorator's neighbour below
    /// is the function it decorates).
    private func neighbour(of index: Int, step: Int) -> Int? {
        var candidate = index + step
        while old.indices.contains(candidate) {
            let text = old[candidate].text
            if oldGuards[candidate].isEmpty, text.isCodeLine, step < 0 || !text.isAnnotationLine { return candidate }
            candidate += step
        }
        return nil
    }

    /// Whether the old line at `index` is still in the file: unchanged, added again (moved or re-indented), or the same
    /// declaration.
    private func survives(_ index: Int) -> Bool {
        newLineOfOld[old[index].number] != nil || addedByText[old[index].text.trimmedLine] != nil
            || old[index].text.declaredName.flatMap { declarations[$0] } != nil
    }

    /// The annotation lines stacked right above `index` (`@app.route("/health")` over `@login_required`).
    private func annotations(above index: Int) -> [Int] {
        var above: [Int] = []
        var candidate = index - 1
        while candidate >= 0, old[candidate].text.isAnnotationLine {
            above.append(candidate)
            candidate -= 1
        }
        return above
    }

    /// The new version's line for the old line at `index`: the same line unchanged, or an added line with its text,
    /// or one declaring its name.
    private func newLine(of index: Int) -> ChangedFile.Line? {
        newLineOfOld[old[index].number] ?? addedByText[old[index].text.trimmedLine]
            ?? old[index].text.declaredName.flatMap { declarations[$0] }
    }

    /// The new version's line where the old line at `index` stood: the first unchanged line after it, or the last.
    private func newLine(near index: Int) -> ChangedFile.Line? {
        old[index...].lazy.compactMap { newLineOfOld[$0.number] }.first ?? file.visible.last
    }

    // MARK: Exceptions widened

    /// Added lines that keep the guards of a line the change removes but except more actions from them
    /// (`before_action :authenticate_user!, except: [:index]` become `except: [:index, :export]`,
    /// `->middleware('auth')->except(['index'])`) or apply them to fewer (`only: [:edit, :update]` losing `:update`),
    /// unless every action newly let through is a public endpoint's.
    func widenedExceptions() -> [ChangedFile.Line] {
        var removedLists: [String: [(guards: Set<String>, actions: ActionList)]] = [:]
        for index in old.indices where isRemoved[index] && !oldGuards[index].isEmpty && Self.mayList(old[index].text) {
            let actions = ActionList(old[index].text)
            removedLists[actions.statement, default: []].append((Set(oldGuards[index].map(\.name)), actions))
        }
        guard !removedLists.isEmpty else { return [] }
        return zip(file.visible, addedGuards).compactMap { line, guards in
            guard line.isAdded, !guards.isEmpty, Self.mayList(line.text) else { return nil }
            let after = ActionList(line.text)
            let names = Set(guards.map(\.name))
            guard let before = removedLists[after.statement]?.first(where: { $0.guards == names })?.actions else {
                return nil
            }
            let opened = after.excepted.subtracting(before.excepted)
                .union(after.only.isEmpty ? [] : before.only.subtracting(after.only))
            return opened.isEmpty || opened.allSatisfy({ isPublic([$0]) }) ? nil : line
        }
    }

    private static func mayList(_ text: Substring) -> Bool {
        text.hasBytes("except") || text.hasBytes("only")
    }

    // MARK: Routes moved

    /// The first route that a guarded block or a `use` of a guard covered before the change (``GuardedBlocks``) and
    /// none covers after it: a route the change moves (removes, and adds with the same text) out of a guarded group,
    /// or an unchanged one whose group or `use` the change moves away from it. A public endpoint's is no finding.
    func routeMovedOutOfGuardedBlocks() -> ChangedFile.Line? {
        guard GuardedBlocks.kinds.contains(scanner.kind) else { return nil }
        var removedAt: [Substring: [Int]] = [:]
        var removedHandlers: [String: [Int]] = [:]
        for index in old.indices where isRemoved[index] {
            removedAt[old[index].text.trimmedLine, default: []].append(index)
            if let handler = Self.routeHandler(old[index].text) { removedHandlers[handler, default: []].append(index) }
        }
        // The old lines an added line was: the same line moved, or a route serving the same handler (moved out of a
        // prefixed group, its path now spelled out in full).
        let was = { (line: ChangedFile.Line) in
            removedAt[line.text.trimmedLine] ?? Self.routeHandler(line.text).flatMap { removedHandlers[$0] }
        }
        // Coverage changes only where the change moves lines, or adds or removes a guard that names no path (a
        // group's, a `use`).
        let movesLines = file.visible.contains { $0.isAdded && was($0) != nil }
        let changesAGroupGuard =
            zip(file.visible, addedGuards).contains { Self.guardsAGroup($0.1, on: $0.0.text) }
            || old.indices.contains { isRemoved[$0] && Self.guardsAGroup(oldGuards[$0], on: old[$0].text) }
        guard movesLines || changesAGroupGuard else { return nil }
        var oldIndex: [Int: Int] = [:]
        for (index, line) in old.enumerated() { oldIndex[line.number] = index }
        // Each route of the new version, with the old lines it was.
        let routes: [(index: Int, was: [Int])] = file.visible.indices.compactMap { index in
            let line = file.visible[index]
            guard Self.registersRoute(line.text) else { return nil }
            if line.isAdded { return was(line).map { (index, $0) } }
            return oldNumber[line.number].flatMap { oldIndex[$0] }.map { (index, [$0]) }
        }
        guard !routes.isEmpty else { return nil }
        let wasCovered = GuardedBlocks(old.map(\.text), guards: oldGuards).covers
        let isCovered = GuardedBlocks(file.visible.map(\.text), guards: newGuards()).covers
        return routes.first { route in
            !isCovered[route.index] && route.was.contains { wasCovered[$0] }
                && !isPublic([file.visible[route.index].text]) && !isCalledOnlyCovered(route.index, isCovered)
        }.map { file.visible[$0.index] }
    }

    /// Routes the change adds where no guard covers them, beside a route on the same router and first path segment
    /// that a guard does cover: Express's `router.get('/exports/:id', …)` added above the `router.use(requireSession)`
    /// that guards the `router.post('/exports', …)` below it. A public endpoint's is no finding.
    func routesAddedBesideGuardedSiblings() -> [ChangedFile.Line] {
        guard GuardedBlocks.kinds.contains(scanner.kind) else { return [] }
        let lines = file.visible
        let isCovered = GuardedBlocks(lines.map(\.text), guards: newGuards()).covers
        let routes = lines.indices.compactMap { index -> (index: Int, key: String)? in
            guard Self.registersRoute(lines[index].text),
                let groups = Self.routeOnRouter.firstMatch(in: lines[index].text), let router = groups[1],
                let segment = groups[2]
            else { return nil }
            return (index, "\(router) \(segment)")
        }
        let guarded = Set(routes.filter { isCovered[$0.index] }.map(\.key))
        return routes.filter { route in
            lines[route.index].isAdded && !isCovered[route.index] && guarded.contains(route.key)
                && !isPublic([lines[route.index].text])
        }.map { lines[$0.index] }
    }

    /// A route registered on a router (group 1) and its path's first segment (group 2): `router.get('/exports/:id'`.
    private static let routeOnRouter = LinePattern(
        #"^\s*(\w+)\.(?:get|post|put|patch|delete|all)\s*\(\s*["'`]/?([^"'`/]*)"#)

    /// Whether the function that registers the route on line `index` is called, and only where a guarded block
    /// covers the call: the guard moved from the function's body to its caller (Ktor's `authenticate("session") {
    /// invoiceRoutes(billing) }` around a `fun Route.invoiceRoutes(…)` that no longer wraps its routes).
    private func isCalledOnlyCovered(_ index: Int, _ isCovered: [Bool]) -> Bool {
        let scopes = file.layout.scopes
        var line = index
        // The route may stand in a block nested in the function (Ktor's `route("/admin") {` inside
        // `fun Route.adminRoutes(…)`): any function holding it that is called only where a guard covers will do.
        while let definition = scopes.definition(enclosing: line) {
            let calls = scopes.uses(ofFunctionAt: definition)
            if !calls.isEmpty && calls.allSatisfy({ isCovered[$0] }) { return true }
            line = definition
        }
        return false
    }

    /// Whether a line names a guard but no path outside it: a group's, a `use`, not a route's own.
    private static func guardsAGroup(_ guards: [AuthGuardScanner.Reference], on text: Substring) -> Bool {
        guard !guards.isEmpty else { return false }
        return !text.stringLiterals.contains { literal in
            let offset = text.utf8.distance(from: text.startIndex, to: literal.startIndex)
            return literal.names && !guards.contains { $0.range.contains(offset) }
        }
    }

    /// Whether a line registers a route on a path: `Route::get('/x', …)`, `router.delete('/x', …)`, `r.Get("/x", …)`,
    /// `app.MapPost("/x", …)`, Ktor's `get("/x") {`.
    private static func registersRoute(_ text: Substring) -> Bool {
        (text.hasBytes("('") || text.hasBytes("(\"") || text.hasBytes("(`")) && routeRegistration.matches(text)
    }

    /// The handler a route registration names, its arguments after the path (`[InvoiceController::class, 'pdf']`),
    /// or nil when it names none.
    private static func routeHandler(_ text: Substring) -> String? {
        guard registersRoute(text), let match = routeRegistration.firstMatch(in: text)?[0] else { return nil }
        // The match ends just inside the path's opening quote, a slice of a copy of `text`.
        let arguments = CodeFlow.arguments(
            in: CodeFlow.argumentText(match.base[match.index(before: match.endIndex)...]))
        let handler = arguments.dropFirst().map(\.trimmedLine).joined(separator: ",")
        return handler.isEmpty ? nil : handler
    }

    private static let routeRegistration = LinePattern(
        #"(?i)(?:^|[.:>\s])(get|post|put|patch|delete|del|any|match|options|head|all|resources?|apiResources?|route|"#
            + #"handle|handleFunc|map(get|post|put|patch|delete|methods))\s*\(\s*["'`]"#)

    // MARK: Openings

    /// Added lines that let anyone into an endpoint that was there before (``AuthGuardScanner/opens(_:)``), a Spring
    /// `.permitAll()` added for a path an unchanged line requires a role for, or one replacing a guarded catch-all: not
    /// moved from elsewhere in the file, and not for a public endpoint.
    func openings() -> [ChangedFile.Line] {
        let removedTexts = Set(old.indices.filter { isRemoved[$0] }.map { old[$0].text.trimmedLine })
        // Spring's matchers: the paths unchanged lines guard.
        let guardedPaths =
            scanner.kind != .java
            ? []
            : Set(
                zip(file.visible, newGuards()).filter { !$0.0.isAdded && !$0.1.isEmpty }.flatMap(
                    \.0.text.stringLiterals))
        return file.visible.indices.compactMap { index in
            let line = file.visible[index]
            guard line.isAdded, AuthGuardScanner.mayName(line.text), !removedTexts.contains(line.text.trimmedLine)
            else { return nil }
            var window = [line.text]
            let opens =
                scanner.opens(line.text)
                ? opensAnOldTarget(at: index, window: &window)
                : shadowsAGuardedPath(line.text, guardedPaths: guardedPaths) || opensCatchAll(line.text)
            return opens && !isPublic(window) ? line : nil
        }
    }

    /// The line declaring the class or function line `index` stands in (`class HealthView(APIView):`), if any.
    private func holder(of index: Int) -> Substring? {
        guard let holder = ChangedFile.enclosingLine(of: index, in: file.visible), holder.text.declaredName != nil
        else { return nil }
        return holder.text
    }

    /// Whether what the opening at `index` opens was in the file before: the handler an annotation stands over, the
    /// route a chained opening names; the class, for a class-wide one. Adds the lines that name it to `window`.
    private func opensAnOldTarget(at index: Int, window: inout [Substring]) -> Bool {
        var text = file.visible[index].text
        // `}).AllowAnonymous();` closes a call that began lines above (`app.MapHealthChecks("/healthz/live", new …`):
        // that call names what it opens. `.AllowAnonymous();` continues the chain above it: the route there is read
        // for a public endpoint's name (`app.MapHealthChecks("/healthz/live")`), and the opening stands.
        var chainStart = index
        while chainStart > 0, index - chainStart < 8, file.visible[chainStart].text.trimmedLine.first == "." {
            chainStart -= 1
        }
        window += file.visible[chainStart..<index].map(\.text)
        if let first = file.visible[chainStart].text.trimmedLine.first, "})]".contains(first),
            let start = statementStart(closingAt: chainStart)
        {
            window += file.visible[start..<chainStart].map(\.text)
            text = file.visible[start].text
        }
        if let path = text.firstNamingLiteral {
            return old.contains { $0.text.hasBytes(String(path)) && $0.text.stringLiterals.contains(path) }
        }
        guard text.isAnnotationLine else {
            // A class-wide opening (`permission_classes = [AllowAny]`) opens the class it stands in, named there.
            if let holder = holder(of: index) { window.append(holder) }
            return true
        }
        for next in file.visible[(index + 1)...] {
            window.append(next.text)
            if next.text.isCodeLine, !next.text.isAnnotationLine {
                guard next.isAdded else { return true }
                guard let name = next.text.declaredName else { return false }
                return old.contains { $0.text.hasBytes(String(name)) && $0.text.declaredName == name }
            }
        }
        return false
    }

    /// Whether an added `.permitAll()` names a path an unchanged line requires a guard for: the earlier matcher wins in
    /// Spring, so the requirement no longer holds.
    private func shadowsAGuardedPath(_ text: Substring, guardedPaths: Set<Substring>) -> Bool {
        guard scanner.kind == .java, text.hasBytes("permitAll"), let path = text.firstNamingLiteral else {
            return false
        }
        return guardedPaths.contains(path)
    }

    /// Whether an added `.anyRequest().permitAll()` replaces a catch-all the change removes that required a role or a
    /// sign-in (`.anyRequest().hasRole("OPS")`): every path the chain matches and names no earlier rule for is open.
    private func opensCatchAll(_ text: Substring) -> Bool {
        guard scanner.kind == .java, text.hasBytes("anyRequest"), text.hasBytes("permitAll") else { return false }
        return old.indices.contains { isRemoved[$0] && Self.guardedCatchAll.matches(old[$0].text) }
    }

    private static let guardedCatchAll = LinePattern(
        #"\banyRequest\(\)\s*\.\s*(authenticated|fullyAuthenticated|hasRole|hasAnyRole|hasAuthority|"#
            + #"hasAnyAuthority|access)\b"#)

    // MARK: What the lines say

    /// The line that opens the brackets line `index` closes, looking back at most 40 lines.
    private func statementStart(closingAt index: Int) -> Int? {
        var depth = 0
        for candidate in stride(from: index, through: max(0, index - 40), by: -1) {
            depth += CodeFlow.bracketDepth(of: file.visible[candidate].text)
            if depth >= 0 && candidate < index { return candidate }
        }
        return nil
    }

    /// Whether `window` names an endpoint anyone may reach (``PublicEndpoint``), or the file's name is such an
    /// endpoint's; a webhook (also by its folder: `controllers/webhooks/stripe_controller.rb`) counts only when the
    /// file checks a signature.
    private func isPublic(_ window: [Substring]) -> Bool {
        let texts = window + [file.file.path.split(separator: "/").last ?? ""]
        return texts.contains { PublicEndpoint.isNamed(in: $0) }
            || checksSignature && (texts + [file.file.path[...]]).contains { PublicEndpoint.isWebhook(in: $0) }
    }

    /// The guards each line of the new version names, its context lines' read too.
    private func newGuards() -> [[AuthGuardScanner.Reference]] {
        Self.guards(in: file.visible.map(\.text), scanner: scanner)
    }

    /// The guards each line names; none on the lines of a multi-line import or export (`import {`,
    /// `from x import (`).
    private static func guards(in lines: [Substring], scanner: AuthGuardScanner) -> [[AuthGuardScanner.Reference]] {
        var insideImport = false
        return lines.map { text in
            let trimmed = text.trimmedLine
            if insideImport {
                insideImport = !(trimmed.contains("}") || trimmed.contains(")"))
                return []
            }
            if importPrefixes.contains(where: trimmed.hasPrefix), trimmed.hasSuffix("{") || trimmed.hasSuffix("(") {
                insideImport = true
                return []
            }
            return AuthGuardScanner.mayName(text) ? scanner.references(in: text) : []
        }
    }

    private static let importPrefixes = ["import", "export {", "export type {", "from ", "use ", "module.exports"]

    /// Whether an added line checks the caller itself: refuses with a 401 or 403, raises a permission error, tests
    /// `is_authenticated` or a permission, or compares a signature.
    private static func checksCaller(_ text: Substring) -> Bool {
        text.isCodeLine && callerCheckWords.occur(in: text) && callerCheck.matches(text)
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
}
