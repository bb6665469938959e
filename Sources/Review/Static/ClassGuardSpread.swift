import Manifest

/// `code.auth-removed` for a class's guard taken off the class and written on its handlers instead, with a handler
/// left short of it: Nest's `@UseGuards(AuthGuard('jwt'), RolesGuard)` moved from the controller to each method, one
/// method keeping only `AuthGuard('jwt')` (its `@Roles(…)` then goes unchecked); Spring's `@PreAuthorize(…)` or
/// ASP.NET's `[Authorize(…)]` moved from the class to some actions, Nest's `@Roles('admin')` written on some handlers
/// (the `RolesGuard` lets a handler without roles metadata through). The handler that lost it is open to callers the
/// class kept out. A class guard moved to every handler, or kept on the class, is no finding.
struct ClassGuardSpread: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.javascript, .java, .csharp]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        guard !file.diff.isNew else { return [] }
        let previous = file.layout.previous
        let old = previous.lines
        // The guards a removed class-level annotation held.
        var guards = Set<String>()
        for index in old.indices
        where !previous.keeps(old[index]) && Self.guardWords.contains(where: old[index].text.hasBytes)
            && Self.guardAnnotation.matches(old[index].text)
        {
            guard let declaration = old[(index + 1)...].first(where: { !$0.text.isAnnotationLine }),
                Self.classDeclaration.matches(declaration.text)
            else { continue }
            guards.formUnion(Self.guardTokens(in: old[index].text))
        }
        guard !guards.isEmpty else { return [] }
        let lines = file.visible
        // Still on the class: nothing moved.
        if let classLine = lines.firstIndex(where: { Self.classDeclaration.matches($0.text) }),
            guards.isSubset(of: Self.annotationTokens(above: classLine, in: lines))
        {
            return []
        }
        let handlers = lines.indices.filter { lines[$0].text.isAnnotationLine && Self.route.matches(lines[$0].text) }
        let guarded = handlers.map { Self.annotationTokens(around: $0, in: lines) }
        // Moved to the handlers: some handler names the class's guards now.
        guard guarded.contains(where: { !$0.isDisjoint(with: guards) }) else { return [] }
        return zip(handlers, guarded).compactMap { handler, tokens in
            guard !guards.isSubset(of: tokens) else { return nil }
            let missing = guards.subtracting(tokens).sorted().joined(separator: ", ")
            return file.finding(
                "code.auth-removed", .high, on: lines[handler],
                message: "the class's guard is moved onto its handlers, and this one is left without \(missing); "
                    + "guard it like the others, or keep the guard on the class", content: lines[handler].text)
        }
    }

    /// The guard tokens of the annotations stacked with line `index` (above and below it, up to the handler).
    private static func annotationTokens(around index: Int, in lines: [ChangedFile.Line]) -> Set<String> {
        var last = index
        while last + 1 < lines.count, lines[last + 1].text.isAnnotationLine { last += 1 }
        return Set(lines[firstAnnotation(above: index, in: lines)...last].flatMap { guardTokens(in: $0.text) })
    }

    /// The guard tokens of the annotations right above line `index`.
    private static func annotationTokens(above index: Int, in lines: [ChangedFile.Line]) -> Set<String> {
        Set(lines[firstAnnotation(above: index, in: lines)..<index].flatMap { guardTokens(in: $0.text) })
    }

    /// The first line of the annotations stacked right above line `index` (`index` itself when none is).
    private static func firstAnnotation(above index: Int, in lines: [ChangedFile.Line]) -> Int {
        var first = index
        while first > 0, lines[first - 1].text.isAnnotationLine { first -= 1 }
        return first
    }

    /// What an annotation guards with: Nest's guard classes (`AuthGuard`, `RolesGuard`), the name of a Nest metadata
    /// decorator (`@Roles`: a handler given roles of its own is guarded, whichever they are), or the whole annotation
    /// for Spring's and ASP.NET's (`@PreAuthorize("hasRole('ADMIN')")`, `[Authorize(Roles = "Admin")]`).
    private static func guardTokens(in text: Substring) -> [String] {
        guard guardAnnotation.matches(text) else { return [] }
        if text.hasBytes("UseGuards") { return guardClass.matches(in: text).compactMap { $0[1].map(String.init) } }
        if let name = metadataDecorator.firstMatch(in: text, capture: 1) { return [String(name)] }
        return [String(text.trimmedLine)]
    }

    private static let guardWords = [
        "UseGuards", "PreAuthorize", "Secured", "RolesAllowed", "Authorize", "Roles", "Permissions",
    ]
    private static let guardAnnotation = LinePattern(
        #"^\s*(?:@UseGuards\s*\(|@PreAuthorize\s*\(|@Secured\s*\(|@RolesAllowed\s*\(|\[Authorize\b|"#
            + #"@(?:Roles|HasRoles|RequireRoles|Permissions|RequirePermissions)\s*\()"#)
    /// Nest's metadata decorators a guard reads (group 1 the name).
    private static let metadataDecorator = LinePattern(
        #"^\s*(@(?:Roles|HasRoles|RequireRoles|Permissions|RequirePermissions))\s*\("#)
    private static let guardClass = LinePattern(#"\b([A-Z]\w*Guard)\b"#)
    private static let classDeclaration = LinePattern(#"^\s*(?:export\s+)?(?:public\s+|abstract\s+|final\s+)*class\s"#)
    /// A handler's route annotation: Nest's `@Post(…)`, Spring's `@PostMapping(…)`, ASP.NET's `[HttpPost(…)]`.
    private static let route = LinePattern(
        #"^\s*(?:@(?:Get|Post|Put|Patch|Delete|All)\s*\(|@(?:Get|Post|Put|Patch|Delete|Request)Mapping\b|"#
            + #"\[Http(?:Get|Post|Put|Patch|Delete)\b)"#)
}
