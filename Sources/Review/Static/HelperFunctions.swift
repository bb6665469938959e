/// The functions a file defines, each with its parameters, so ``CodeFlow`` can follow a value into the helper it is
/// passed to: `rows = _sales_rows(start, end, request.args["region"])` makes `region` request input inside
/// `def _sales_rows(start, end, region="all")`. Calls are matched by name within the one file, positionally or by
/// keyword (`region=…`, `region: …`); a method's `self`, `cls` or `&self` is not counted.
///
/// Definitions are read from a statement's start: `def`, `function`, `func` (with a Go receiver), `fn`, `fun`, `sub`,
/// an arrow function or function expression assigned to a name, and a method whose parameter list is followed by its
/// body's `{` (Java, C#, Kotlin, TypeScript, a JavaScript class).
struct HelperFunctions {
    /// One function the file defines.
    struct Definition {
        let name: String
        /// In order; nil for one whose name cannot be read (a destructured pattern).
        let parameters: [String?]
        /// The index of its statement in the file's visible lines.
        let statement: Int
        /// What each `return` in its body returns.
        let returns: [Substring]
    }

    let definitions: [Definition]
    /// An argument of a call: its value, and the parameter it names when passed by keyword (`region=…`).
    private struct Argument {
        let keyword: String?
        let value: Substring
    }

    /// Each call of a defined function elsewhere in the file, with its arguments.
    private let calls: [(definition: Definition, arguments: [Argument], line: Int)]

    var isEmpty: Bool { definitions.isEmpty }

    /// The definitions among `lines`, whose statements (``CodeFlow/statements``) are `statements`.
    init(_ statements: [Substring], of lines: [ChangedFile.Line], kind: ReviewedFile.Kind) {
        var definitions: [Definition] = []
        for (index, statement) in statements.enumerated() {
            let next = Self.after(statement, at: index, in: statements) { $0 }
            guard let (name, list) = Self.definition(in: statement, next: next) else { continue }
            let parameters = CodeFlow.arguments(in: list).map { Self.parameterName($0, kind: kind) }
            let body = Self.body(at: index, in: lines)
            var returns = body.compactMap { line in Self.returned.firstMatch(in: statements[line], capture: 1) }
            // Ruby and Elixir return a method's last expression.
            if [.ruby, .elixir].contains(kind),
                let last = body.last(where: { !lines[$0].text.allSatisfy(\.isWhitespace) })
            {
                returns.append(statements[last].drop(while: \.isWhitespace))
            }
            if kind == .java, let expression = Self.expressionBody(of: statement, at: index, in: lines) {
                returns.append(expression)
            }
            definitions.append(
                Definition(
                    name: name, parameters: Self.droppingReceiver(parameters), statement: index, returns: returns))
        }
        self.definitions = definitions
        calls = definitions.isEmpty ? [] : Self.calls(of: definitions, in: statements)
    }

    /// The calls of `definitions` in `statements`, matched by name, each on the line it starts on.
    private static func calls(
        of definitions: [Definition], in statements: [Substring]
    ) -> [(definition: Definition, arguments: [Argument], line: Int)] {
        // A name defined more than a few times (one `handler` per route object, in a file of many) cannot be matched
        // to one definition by name alone; matching each call to all of them would grow with their product.
        let byName = Dictionary(grouping: definitions, by: \.name).filter { $0.value.count <= 3 }
        var calls: [(definition: Definition, arguments: [Argument], line: Int)] = []
        for (index, statement) in statements.enumerated() where statement.hasBytes("(") {
            // A call on a line the statement runs on to is that line's own.
            let firstLine = statement.prefix { $0 != "\n" }
            for (name, open) in calledNames(in: firstLine) {
                guard let definitions = byName[String(name)] else { continue }
                let text = CodeFlow.argumentText(statement[statement.index(after: open)...])
                let arguments = CodeFlow.arguments(in: text).map { argument in
                    let keyword = keywordArgument.firstMatch(in: argument)
                    return Argument(keyword: keyword?[1].map(String.init), value: keyword?[2] ?? argument)
                }
                for definition in definitions where definition.statement != index {
                    calls.append((definition, arguments, index))
                }
            }
        }
        return calls
    }

    /// Each name in `line` followed by `(` (spaces between allowed), with the bracket's index: one pass over the
    /// characters, so a file with many functions costs no more than one with few.
    static func calledNames(in line: Substring) -> [(Substring, Substring.Index)] {
        var found: [(Substring, Substring.Index)] = []
        let bytes = line.utf8
        var start: Substring.UTF8View.Index?
        var name: Substring?
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
                || (byte | 0x20) >= 0x61
                    && (byte | 0x20) <= 0x7A
                || byte >= 0x30 && byte <= 0x39
            {
                if start == nil { start = index }
                name = nil
                continue
            }
            if let begun = start {
                // `$name(` calls a variable (PHP), `9x` is no name.
                let first = bytes[begun]
                name = first == UInt8(ascii: "$") || first >= 0x30 && first <= 0x39 ? nil : line[begun..<index]
                start = nil
            }
            if byte == UInt8(ascii: "("), let called = name { found.append((called, index)) }
            if byte != UInt8(ascii: " ") { name = nil }
        }
        return found
    }

    /// The lines of the body of what line `index` defines or assigns: those after it indented deeper (or blank), a
    /// lone `{` at its own indentation that opens them, and the bracket at its indentation that closes them. Code in
    /// every language here is laid out that way.
    static func body(at index: Int, in lines: [ChangedFile.Line]) -> Range<Int> {
        let indentation = lines[index].text.indentation
        // A parameter list laid out one per line may close at the definition's indentation: `) -> Path:`, `) {`.
        var parametersOpen =
            lines[index].text.utf8.count { $0 == UInt8(ascii: "(") }
            > lines[index].text.utf8.count { $0 == UInt8(ascii: ")") }
        var end = index + 1
        while end < lines.count {
            let text = lines[end].text
            let depth = text.indentation
            let trimmed = text.drop(while: \.isWhitespace).trimmingSuffixWhitespace
            if parametersOpen, depth == indentation, trimmed.first == ")", trimmed.last == ":" || trimmed.last == "{" {
                parametersOpen = false
                end += 1
                continue
            }
            if !trimmed.isEmpty && depth <= indentation && !(depth == indentation && trimmed == "{") {
                if depth == indentation, let first = trimmed.first, "})]".contains(first) { end += 1 }
                break
            }
            end += 1
        }
        return (index + 1)..<end
    }

    /// The name of the function `statement` defines and its parameter list, or nil when it defines none. `next` is the
    /// statement after it, where a method's `{` may stand.
    static func definition(in statement: Substring, next: Substring) -> (name: String, parameters: Substring)? {
        let line = statement.prefix { $0 != "\n" }
        if !line.hasBytes("("), line.hasBytes("def "), let name = paramlessMethod.firstMatch(in: line, capture: 1) {
            return (String(name), statement[statement.endIndex...])
        }
        guard line.hasBytes("("), mayDefine(line), let groups = definition.firstMatch(in: line),
            let name = groups[1] ?? groups[2] ?? groups[3], let whole = groups[0], !notNames.contains(String(name))
        else { return nil }
        // `whole` is a slice of a copy of the first line, which opens the statement: the parameter list follows it
        // there.
        let open = statement.utf8.index(
            statement.startIndex, offsetBy: whole.base.utf8.distance(from: whole.base.startIndex, to: whole.endIndex))
        let list = CodeFlow.argumentText(statement[open...])
        // A method is a definition only when its body follows the parameter list, and its line does not open with
        // control flow; otherwise it is a call. A bare or qualified `Name(x) =>` is a pattern (Rust's
        // `Ok(entries) =>`, `IpAddr::V4(v4) =>`, Scala's `case Some(inv) =>`), not C#'s `int Twice(int x) => …`, whose
        // name follows a type.
        if groups[3] != nil {
            let start = line.drop(while: \.isWhitespace)
            let first = start.prefix { $0.isLetter }
            let rest = statement[list.endIndex...].dropFirst()
            let path = start.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" || $0 == "." }
            let isPattern = path.hasSuffix(name) && rest.drop(while: \.isWhitespace).hasPrefix("=>")
            guard !notNames.contains(String(first)), !isPattern, opensBody(rest, next: next) else { return nil }
        }
        return (String(name), list)
    }

    /// A Ruby or Elixir method without parameters, alone on its line (group 1 its name): `def post_login_target`,
    /// `def self.default_scope`, `def current_org do`.
    private static let paramlessMethod = LinePattern(#"^\s*def\s+(?:self\.)?([a-z_]\w*[?!]?)\s*(?:do)?\s*$"#)

    /// The parameters some call in the file passes request input to, as the flow `flowAt` gives for the call's line
    /// judges its arguments, each with the roots of that input (``CodeFlow/requestRoots(of:)``; an argument that reads
    /// the request itself is its own).
    func parametersPassedRequestInput(judgedBy flowAt: (Int) -> CodeFlow) -> [String: Set<String>] {
        var reached: [String: Set<String>] = [:]
        for call in calls {
            let flow = flowAt(call.line)
            for (parameter, value) in Self.parameters(
                of: call.definition, receiving: call.arguments, where: flow.isRequestDerived)
            {
                let roots = Set(flow.requestRoots(of: value).map { $0 == CodeFlow.directRead ? String(value) : $0 })
                reached[parameter, default: []].formUnion(roots)
            }
        }
        return reached
    }

    /// The parameters some call in the file passes an argument that `accepts` holds for: `$this->legacyDigest(
    /// $plainPassword)` passes a password to `$plain`.
    func parameters(passedArgumentsWhere accepts: (Substring) -> Bool) -> Set<String> {
        Set(parametersAndFunctions { argument, _ in accepts(argument) }.map(\.0))
    }

    /// The parameters some call in the file passes an argument that `accepts` holds for, given with the call's line,
    /// each with the line of the function that declares it.
    func parametersAndFunctions(passedArgumentsWhere accepts: (Substring, Int) -> Bool) -> [(String, Int)] {
        calls.flatMap { call in
            Self.parameters(of: call.definition, receiving: call.arguments) { accepts($0, call.line) }
                .map { ($0.0, call.definition.statement) }
        }
    }

    /// The parameters of `definition` that `arguments` pass a value `accepts` holds for, by keyword or position, each
    /// with that value.
    private static func parameters(
        of definition: Definition, receiving arguments: [Argument], where accepts: (Substring) -> Bool
    ) -> [(String, Substring)] {
        arguments.enumerated().compactMap { position, argument in
            let value = argument.value
            guard accepts(value) else { return nil }
            if let key = argument.keyword, definition.parameters.contains(key) { return (key, value) }
            guard position < definition.parameters.count, let parameter = definition.parameters[position] else {
                return nil
            }
            return (parameter, value)
        }
    }

    /// The name a parameter binds: `name`, `name: str = "x"`, `*args`, `String name`, `final @Valid Dto body`,
    /// `$name`, `name string` (Go), `_ name: String` (Swift), `mut name: &str` (Rust), `term:` (Ruby).
    static func parameterName(_ parameter: Substring, kind: ReviewedFile.Kind) -> String? {
        let annotated =
            parameter.contains { "@[*&.".contains($0) } || annotationWords.contains(where: parameter.hasBytes)
        var text = annotated ? annotation.removingMatches(in: parameter)[...] : parameter
        if let equals = text.firstIndex(of: "=") { text = text[..<equals] }
        let words: [Substring]
        if let colon = text.firstIndex(of: ":"), !text[colon...].hasPrefix("::") {
            words = text[..<colon].split(whereSeparator: \.isWhitespace)
        } else if let dollar = text.firstIndex(of: "$") {
            words = [text[dollar...].prefix { !$0.isWhitespace }]
        } else {
            let all = text.split(whereSeparator: \.isWhitespace)
            words = kind == .go ? Array(all.prefix(1)) : Array(all.suffix(1))
        }
        let name = String((words.last ?? "").filter { $0.isLetter || $0.isNumber || $0 == "_" })
        return name.isEmpty || name.first!.isNumber ? nil : name
    }

    /// The parameters without a method's receiver (`self`, `cls`, `&self`, `this`), which a call does not pass.
    private static func droppingReceiver(_ parameters: [String?]) -> [String?] {
        guard let first = parameters.first, let name = first, ["self", "cls", "this"].contains(name) else {
            return parameters
        }
        return Array(parameters.dropFirst())
    }

    /// What follows `statement`, which starts at `index` of `items` (a file's lines or their statements, whose text
    /// `text` gives): the text at the line after its last, where a method's `{` stands below parameters laid out over
    /// lines.
    static func after<Item>(
        _ statement: Substring, at index: Int, in items: [Item], text: (Item) -> Substring
    ) -> Substring {
        let next = index + 1 + statement.utf8.count { $0 == UInt8(ascii: "\n") }
        return next < items.count ? text(items[next]) : ""
    }

    /// Whether `rest` (after a parameter list) opens a body: a return type, `throws …`, then `{`, `=>` or `do`; or,
    /// when nothing follows on the line, the `next` line does with `{`.
    private static func opensBody(_ rest: Substring, next: Substring) -> Bool {
        let line = rest.prefix { $0 != "\n" }
        guard line.allSatisfy(\.isWhitespace) else { return bodyOpening.matches(line) }
        let following = line.count < rest.count ? rest.dropFirst(line.count + 1) : next
        return following.drop(while: \.isWhitespace).hasPrefix("{")
    }

    /// A keyword that defines a function, an arrow, or a line that ends as a method's signature does (`{`, `)`, or
    /// `(` before parameters laid out below) and does not open with control flow (`if (…) {`).
    /// The name `line` defines with a keyword (`def name(`, `fn name<T>(`, `func (s *S) name(`, `function name(`,
    /// `fun name(`, `sub name(`), or nil.
    static func keywordDefinedName(on line: Substring) -> Substring? {
        guard line.hasBytes("("), mayDefine(line) else { return nil }
        return definition.firstMatch(in: line, capture: 1)
    }

    private static func mayDefine(_ line: Substring) -> Bool {
        if ["def ", "defp ", "fn ", "fun ", "func ", "function", "sub ", "=>"].contains(where: line.hasBytes) {
            return true
        }
        // `private static IResult DownloadStatement(` lays its parameters out on the lines below.
        let last = line.trimmingSuffixWhitespace.last
        guard last == "{" || last == ")" || last == "(" else { return false }
        let first = line.drop(while: \.isWhitespace).prefix { $0.isLetter }
        return !first.isEmpty && !notNames.contains(String(first))
    }

    /// Group 1: a keyword-defined function (`def`, `function`, `func`, `fn`, `fun`, `sub`, `defp`); group 2: a
    /// function assigned to a name; group 3: a method (confirmed by ``opensBody(_:)``). The match ends at `(`.
    private static let definition = LinePattern(
        #"^\s*(?:(?:pub(?:\([\w:]*\))?|public|private|protected|internal|static|final|async|export|default|override|"#
            + #"suspend|inline|open|abstract|unsafe|virtual|sealed|synchronized|extern|const)\s+)*"#
            + #"(?:(?:def|defp|function\*?|func|fn|fun|sub)\s+(?:\([^)]*\)\s*)?(?:[\w.]+\.)?([A-Za-z_$][\w$]*)\s*"#
            + #"(?:<[^>()]*>)?\s*\(|"#
            + #"(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?(?:function\s*\*?\s*[\w$]*\s*)?\((?=[^\n]*(?:=>|\{))|"#
            + #"(?:[\w<>\[\],.?]+\s+)?([A-Za-z_$][\w$]*)\s*\()"#)
    /// What may follow a method's parameter list before its body: a return type, `throws …`, `where …`.
    private static let bodyOpening = LinePattern(
        #"^\s*(?::\s*[^{=;]+|->\s*[^{;]+|throws\s+[\w.,\s]+|where\s+[^{;]+)?\s*(?:\{|=>|do\b)"#)
    /// Words that open a statement like a method's name but are control flow or a call.
    private static let notNames: Set<String> = [
        "if", "for", "foreach", "while", "switch", "catch", "return", "new", "else", "elif", "when", "match", "with",
        "using", "lock", "synchronized", "function", "typeof", "await", "yield", "super", "this", "try", "do",
        "case", "throw", "raise", "assert",
    ]
    /// A `return` statement's value (group 1), without a closing `;`.
    private static let returned = LinePattern(#"^\s*return\s+([^;\n]+)"#)

    /// What a Kotlin or Scala function defined by an expression returns: `fun label(s: Sort) = "x"`, or `def
    /// afterLogin(request: RequestHeader): String =` with the expression (and its chain) on the lines below.
    private static func expressionBody(of statement: Substring, at index: Int, in lines: [ChangedFile.Line])
        -> Substring?
    {
        let signature = statement.prefix { $0 != "\n" }.trimmedLine
        if signature.hasSuffix("="), !signature.hasSuffix("=="), index + 1 < lines.count {
            // The expression below, its chain joined into one line: `request` / `.getQueryString("returnTo")` reads
            // `request.getQueryString`.
            let continued = statement.contains("\n")
            let below = continued ? statement : CodeFlow.statement(at: index + 1, in: lines)
            let expression = below.split(separator: "\n").dropFirst(continued ? 1 : 0)
            return expression.map { $0.drop { $0 == " " || $0 == "\t" } }.joined()[...]
        }
        return expressionAfterSignature.firstMatch(in: signature, capture: 1)
    }

    /// `) = expression` or `): Type = expression` (group 1) closing a one-line definition.
    private static let expressionAfterSignature = LinePattern(#"\)\s*(?::\s*[\w<>\[\]?., ]+)?\s*=(?![=>])\s*(\S.*)$"#)
    /// `name=value` or `name: value` in a call's arguments (group 1 the name, group 2 the value).
    private static let keywordArgument = LinePattern(#"^\s*([A-Za-z_]\w*)\s*(?:=(?![=>])|:(?!:))\s*([\s\S]+)$"#)
    private static let annotationWords = [
        "final ", "readonly ", "public ", "private ", "protected ", "ref ", "out ", "in ", "params ", "mut ", "val ",
        "var ",
    ]
    /// Decorators, attributes and modifiers before a parameter: `@RequestParam("q")`, `[FromQuery]`, `final`,
    /// `readonly`, `public`, `...`, `*`, `&`.
    private static let annotation = LinePattern(
        #"@\w+(?:\([^)]*\))?|\[[^\]]*\]|\b(?:final|readonly|public|private|protected|ref|out|in|params|mut|val|var)\s+|"#
            + #"\.\.\.|[*&]"#)
}
