/// Which function of a file each line stands in, read from the layout as ``HelperFunctions/body(at:in:)`` reads a
/// body, so that a guard counts only where it runs: a containment check in `export_csv` does not guard the path
/// `download` serves. A guard outside every function (a module-level allow-list, middleware set up at the top) still
/// guards the whole file, and so does one in a function the sink's function names (`if not is_safe(path):`,
/// `Depends(confine)`, a decorator), one whose function calls the sink's, or one whose function is called by a
/// function that also calls the sink's. Names are scoped the same way, callbacks included (``scope(of:)``): a name is
/// followed only in the function or callback that binds it and those it holds (``CodeFlow/within(_:of:)``).
final class FunctionScopes {
    private let lines: [ChangedFile.Line]
    private var enclosingDefinition: [Int: Int?] = [:]
    private var enclosingScope: [Int: Int?] = [:]
    private var scopeOfLine: [Int: Int?] = [:]
    private var bodies: [Int: Range<Int>] = [:]
    private var names: [Int: String?] = [:]
    private var callers: [Int: Set<Int>] = [:]

    init(_ lines: [ChangedFile.Line]) {
        self.lines = lines
    }

    /// Whether a guard on line `guardLine` guards what line `index` does. A guard on a definition's line is that
    /// function (`fn is_internal(ip: IpAddr) -> bool {`): it guards where it is called, not the whole file.
    func guardLine(_ guardLine: Int, covers index: Int) -> Bool {
        guard let guarding = name(definedAt: guardLine) != nil ? guardLine : definition(enclosing: guardLine) else {
            return true
        }
        if body(at: guarding).contains(index) { return true }
        guard let sinking = definition(enclosing: index) else { return true }
        return name(definedAt: guarding).map { mentions($0, inFunctionAt: sinking) } == true
            || name(definedAt: sinking).map { mentions($0, inFunctionAt: guarding) } == true
            || !callers(ofFunctionAt: guarding).isDisjoint(with: callers(ofFunctionAt: sinking))
    }

    /// The functions that name the function defined at `definition` (a handler that calls `_provider_for(url)`, the
    /// guard, and then `_lookup(endpoint)`, the sink: what one checks, the other is given).
    private func callers(ofFunctionAt definition: Int) -> Set<Int> {
        if let known = callers[definition] { return known }
        let found = Set(uses(ofFunctionAt: definition).compactMap { self.definition(enclosing: $0) })
        callers[definition] = found
        return found
    }

    /// The function or callback line `index` belongs to, for following names (``CodeFlow/within(_:of:)``): the one
    /// it opens (a parameter is bound on its definition's line), the one below the decorators and attributes it
    /// stands in (a route's `@app.get("/files/{name}")` binds `name` for that handler alone), else the innermost whose
    /// body holds it; nil for a line outside every one.
    func scope(of index: Int) -> Int? {
        if let known = scopeOfLine[index] { return known }
        let scope: Int?
        if opensScope(index) {
            scope = index
            // Its holder, worked out now, lets the sibling below it stop its scan here
            // (``innermost(enclosing:cache:where:)``).
            _ = innermost(enclosing: index, cache: &enclosingScope, where: opensScope)
        } else if lines[index].text.isAnnotationLine, let below = definition(belowAnnotationsAt: index) {
            scope = below
        } else {
            scope = innermost(enclosing: index, cache: &enclosingScope, where: opensScope)
        }
        scopeOfLine[index] = scope
        return scope
    }

    /// The function defined below the run of decorators and attributes line `index` stands in, if one is.
    private func definition(belowAnnotationsAt index: Int) -> Int? {
        var below = index + 1
        while below < lines.count, lines[below].text.isAnnotationLine { below += 1 }
        return below < lines.count && name(definedAt: below) != nil ? below : nil
    }

    /// The lines a flow of names walks from inside the function or callback opened at `scope` (nil: outside every
    /// one), in order: its own, those of the scopes holding it, those of none, and those of the scopes it holds; not a
    /// sibling's. Lines without a letter or digit (blank, `});`) bind nothing and are left out. Nil once the file's
    /// scoped walks have seen ``walkBudget`` lines: a file of thousands of callbacks inside one function would
    /// otherwise walk its lines once per callback, and the whole file's flow serves instead.
    func linesSeen(from scope: Int?) -> [Int]? {
        var seen = Set(scope.map { ($0..<body(at: $0).upperBound).filter(holdsCode) } ?? [])
        var current = scope
        while let opener = current {
            seen.formUnion(linesByScope[opener] ?? [])
            current = innermost(enclosing: opener, cache: &enclosingScope, where: opensScope)
        }
        seen.formUnion(linesByScope[nil] ?? [])
        guard linesWalked + seen.count <= walkBudget else { return nil }
        linesWalked += seen.count
        return seen.sorted()
    }

    /// Each scope's own lines that hold code (``scope(of:)``).
    private lazy var linesByScope = Dictionary(grouping: lines.indices.filter(holdsCode)) { self.scope(of: $0) }
    /// The lines scoped walks have seen so far (``linesSeen(from:)``).
    private var linesWalked = 0
    /// The most lines scoped walks may see in one file: sixteen walks of it, and any file of a few thousand lines.
    private lazy var walkBudget = 16 * lines.count + 20_000

    private func holdsCode(_ index: Int) -> Bool {
        lines[index].text.contains { $0.isLetter || $0.isNumber }
    }

    /// Whether the function or callback opened at `outer` holds the line `index`: its first line, or one of its body.
    func function(at outer: Int, holds index: Int) -> Bool {
        index == outer || body(at: outer).contains(index)
    }

    /// Whether line `index` opens a scope of names: a function it defines, or a callback or block passed to a call
    /// (``opensCallback(_:)``).
    private func opensScope(_ index: Int) -> Bool {
        name(definedAt: index) != nil || Self.opensCallback(lines[index].text)
    }

    /// Whether `line` opens the body of a function without a name, passed to a call: `(req, res) => {`,
    /// `function (req, res) {`, `func(w http.ResponseWriter, r *http.Request) {`, `() -> {`, Ktor's `get("/x") {`,
    /// Vapor's `{ req in`, Play's `Action { request =>`, Sinatra's `get '/x' do`, `do |row|`. A block of control flow
    /// (`if (…) {`, `} else {`, `case x do`) is no callback.
    static func opensCallback(_ line: Substring) -> Bool {
        let trimmed = line.trimmedLine
        // A callback's opening ends `{`, `do`, `in`, `=>` or `|`.
        guard let last = trimmed.last, "{on>|".contains(last), !line.isAnnotationLine else { return false }
        let head = trimmed.drop { $0 == "}" || $0 == " " }
        let first = head.prefix { $0.isLetter }
        // A word read off as a member (`module.exports = function (router) {`) is no keyword.
        guard !controlWords.contains(String(first)) || head.dropFirst(first.count).first == "." else { return false }
        if trimmed.hasSuffix("{") {
            let head = trimmed.dropLast().trimmingSuffixWhitespace
            return ["=>", "->", "function", "func("].contains(where: head.hasBytes) || head.hasSuffix(")")
                || head.hasSuffix("|")
        }
        return trimmed.hasSuffix(" do")
            || trimmed.hasBytes("{") && (trimmed.hasSuffix(" in") || trimmed.hasSuffix("=>"))
            || trimmed.hasSuffix("|") && trimmed.hasBytes(" do |")
    }

    /// Words opening a block of control flow rather than a call that takes a callback.
    private static let controlWords: Set<String> = [
        "if", "else", "elif", "elsif", "for", "foreach", "while", "until", "switch", "select", "case", "cond", "match",
        "when", "unless", "try", "catch", "finally", "rescue", "ensure", "begin", "do", "loop", "with", "using", "lock",
        "synchronized", "fixed", "checked", "unsafe", "receive", "class", "struct", "enum",
        "interface", "impl", "trait", "object", "namespace", "module", "static",
    ]

    /// The line defining the innermost function whose body holds line `index`; nil for a line outside every function.
    func definition(enclosing index: Int) -> Int? {
        innermost(enclosing: index, cache: &enclosingDefinition) { self.name(definedAt: $0) != nil }
    }

    /// The innermost line that `opens` holds for and whose body holds line `index`, read from the layout: each line
    /// above indented less than those below it, up to the file's left edge; nil when none is.
    private func innermost(enclosing index: Int, cache: inout [Int: Int?], where opens: (Int) -> Bool) -> Int? {
        if let known = cache[index] { return known }
        var threshold = lines[index].text.indentation
        var found: Int?
        var candidate = index - 1
        while candidate >= 0, threshold > 0 {
            let text = lines[candidate].text
            // A line that opens with a bracket ends a header (`) -> Path:`) or a block, or opens a body on a line of
            // its own (`{` below `public function index()`), and defines nothing.
            let first = text.drop(while: \.isWhitespace).first
            if let first, !"{)]}".contains(first) {
                // A line as indented as the scan's threshold, whose answer is known, has scanned the same lines above:
                // no scope it passed holds this line (a body is every line from its opener's next on), and its own
                // holds this line too, or the scan goes on above it.
                if text.indentation == threshold, let known = cache[candidate] {
                    guard let known else { break }
                    if body(at: known).contains(index) {
                        found = known
                        break
                    }
                    threshold = lines[known].text.indentation
                    candidate = known - 1
                    continue
                }
                if text.indentation < threshold {
                    threshold = text.indentation
                    if opens(candidate), body(at: candidate).contains(index) {
                        found = candidate
                        break
                    }
                }
            }
            candidate -= 1
        }
        cache[index] = found
        return found
    }

    /// The body of what line `index` defines (``HelperFunctions/body(at:in:)``), worked out once.
    private func body(at index: Int) -> Range<Int> {
        if let known = bodies[index] { return known }
        let body = HelperFunctions.body(at: index, in: lines)
        bodies[index] = body
        return body
    }

    /// The name of the function line `index` defines, when it defines one.
    func name(definedAt index: Int) -> String? {
        if let known = names[index] { return known }
        var name: String?
        if lines[index].text.hasBytes("(") {
            let statement = CodeFlow.statement(at: index, in: lines)
            let next = HelperFunctions.after(statement, at: index, in: lines, text: \.text)
            name = HelperFunctions.definition(in: statement, next: next)?.name
        }
        names[index] = name
        return name
    }

    /// Whether line `index` runs only when something above it failed: it sits in a `catch`, `except` or `rescue`
    /// block of its function.
    func isInFailureBlock(_ index: Int) -> Bool {
        var threshold = lines[index].text.indentation
        var candidate = index - 1
        while candidate >= 0, threshold > 0 {
            let text = lines[candidate].text
            let trimmed = text.drop(while: \.isWhitespace)
            if !trimmed.isEmpty, !trimmed.hasPrefix("{"), text.indentation < threshold {
                threshold = text.indentation
                if Self.failureBlock.matches(text) { return true }
                if name(definedAt: candidate) != nil { return false }
            }
            candidate -= 1
        }
        return false
    }

    /// The lines outside the function defined at `definition` that name it.
    func uses(ofFunctionAt definition: Int) -> [Int] {
        guard let name = name(definedAt: definition) else { return [] }
        let range = body(at: definition)
        return lines.indices.filter { index in
            index != definition && !range.contains(index) && lines[index].text.names(name)
        }
    }

    /// The opening line of a block that runs when what it guards threw or failed.
    private static let failureBlock = LinePattern(#"^\s*(?:\}\s*)?(?:catch|except|rescue)\b"#)

    /// Whether the function defined at `definition` names `name` as a word: in its body, its definition or the
    /// decorators and attributes above it.
    private func mentions(_ name: String, inFunctionAt definition: Int) -> Bool {
        var first = definition
        while first > 0, let mark = lines[first - 1].text.drop(while: \.isWhitespace).first, mark == "@" || mark == "["
        {
            first -= 1
        }
        return (first..<body(at: definition).upperBound).contains { index in
            lines[index].text.names(name)
        }
    }
}
