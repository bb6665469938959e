import Manifest

/// An expression or template engine left without its sandbox, where what it evaluates is text people write (a
/// tenant's template, a merchant's rule): either the change removes the sandbox (Jinja's `SandboxedEnvironment`,
/// Spring's `SimpleEvaluationContext`) from a file that still builds the engine and puts none back, or it evaluates
/// text that is not a literal with Spring's `StandardEvaluationContext`, which reaches any class
/// (`T(java.lang.Runtime)`), or it compiles a template from text that is not a constant outside a sandbox (Twig's
/// `$twig->createTemplate($override->getBody())` with no `SandboxExtension` in the file, Jinja's `from_string` on a
/// plain `Environment`). Each runs code for whoever writes the text.
struct UnsandboxedEvaluation: FileCheck {
    let kinds = ReviewedFile.code

    /// Engines confined to what they are handed.
    private static let sandbox = LinePattern(
        #"\b(SandboxedEnvironment|ImmutableSandboxedEnvironment|SimpleEvaluationContext|SecureASTCustomizer|"#
            + #"SandboxExtension|SecurityPolicy)\b"#,
        holdingOneOf: ["Sandbox", "SimpleEvaluationContext", "SecureASTCustomizer", "SecurityPolicy"])
    /// The engines those sandboxes confine, being built or asked to parse.
    private static let engine = LinePattern(
        #"(?<![\w.])(jinja2\.)?Environment\s*\(|\bparseExpression\s*\(|\bnew\s+GroovyShell\b"#,
        holdingOneOf: ["Environment", "parseExpression", "GroovyShell"])
    /// Spring's expression context with every type and method in reach.
    private static let fullContext = LinePattern(
        #"\bStandardEvaluationContext\s*\("#, holdingOneOf: ["StandardEvaluationContext"])
    /// An expression parsed from text that is not a string literal.
    private static let parsedText = LinePattern(
        #"\bparseExpression\s*\(\s*(?!["'])"#, holdingOneOf: ["parseExpression"])
    /// A template compiled from text that is neither a literal nor a constant: Twig's `createTemplate(…)`, Jinja's
    /// `env.from_string(…)` (group 1 the environment).
    private static let compiledTemplate = LinePattern(
        #"(?:\b(\w+)\s*\.\s*from_string|\bcreateTemplate)\s*\((?=\s*(?!["']|[A-Z_]+\s*[,)]|self::))"#,
        holdingOneOf: ["from_string", "createTemplate"])
    /// A Jinja environment without a sandbox, assigned to a name (group 1).
    private static let plainEnvironment = LinePattern(
        #"^\s*(\w+)\s*=\s*(?:jinja2\.)?Environment\s*\("#, holdingOneOf: ["Environment"])

    /// The first added line compiling, with an engine that runs code (ERB, EJS, Pug, lodash's `_.template`, Jinja,
    /// Velocity, EEx), the text a removed line gave a logic-less engine (Liquid, Mustache, Handlebars): text of the
    /// kind people edit (a tenant's email body) that now runs as code.
    private static func logicLessEngineSwapped(in file: ChangedFile) -> ChangedFile.Line? {
        guard !file.diff.isNew else { return nil }
        let texts = Set(file.diff.removed.compactMap { logicLess.firstMatch(in: $0, capture: 1).map(String.init) })
        guard !texts.isEmpty else { return nil }
        return file.visible.first { line in
            line.isAdded && codeEngine.firstMatch(in: line.text, capture: 1).map { texts.contains(String($0)) } == true
        }
    }

    /// A logic-less template engine given text (group 1 the name or expression holding it).
    private static let logicLess = LinePattern(
        #"(?:\bLiquid::Template\.parse|\bLiquid\.parse|\bSolid\.parse|\bparseAndRender|\b[Mm]ustache(?:\.|::)"#
            + #"(?:render|new)|\bpystache\.render|\bchevron\.render|\bHandlebars\.compile)\s*\(\s*([\w.@$]+)"#,
        holdingOneOf: ["iquid", "Solid", "parseAndRender", "ustache", "chevron", "Handlebars"])
    /// An engine that runs the code its template holds, given text (group 1 the name or expression holding it).
    private static let codeEngine = LinePattern(
        #"(?:\bERB\.new|\bejs\.(?:render|compile)|\bpug\.(?:render|compile)|\b_\.template|\bjinja2\.Template|"#
            + #"(?<![\w.])Template|\bfrom_string|\bVelocity\.evaluate|\bEEx\.eval_string)\s*\(\s*([\w.@$]+)"#,
        holdingOneOf: ["ERB", "ejs.", "pug.", "_.template", "Template", "from_string", "Velocity", "EEx"])

    /// The first added line compiling a template from text that is not a constant in its function's flow (`$source =
    /// self::SUBJECTS[$locale] ?? self::SUBJECTS['en']` is one of the class's own), outside a sandbox: Twig's in a
    /// file that adds no `SandboxExtension`, Jinja's through an environment the file makes without one.
    private static func templateCompiledFromText(in file: ChangedFile) -> ChangedFile.Line? {
        let visible = file.visible
        let plainEnvironments: Set<Substring>
        switch file.file.kind {
        case .php:
            guard !visible.contains(where: { sandbox.matches($0.text) }) else { return nil }
            plainEnvironments = []
        case .python:
            plainEnvironments = Set(visible.compactMap { plainEnvironment.firstMatch(in: $0.text, capture: 1) })
            guard !plainEnvironments.isEmpty else { return nil }
        default: return nil
        }
        for index in visible.indices where visible[index].isAdded {
            let text = visible[index].text
            guard text.hasBytes("createTemplate") || text.hasBytes("from_string"),
                let groups = compiledTemplate.firstMatch(in: text), let call = groups[0],
                groups[1].map(plainEnvironments.contains) ?? (file.file.kind == .php)
            else { continue }
            let argument = CodeFlow.argumentText(call.base[call.endIndex...], stoppingAtComma: true)
            if !file.flow(at: index).isConstantArgument(argument) {
                return visible[index]
            }
        }
        return nil
    }

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let visible = file.visible
        if let compiled = Self.templateCompiledFromText(in: file) {
            return [
                file.finding(
                    "code.template-injection", .high, on: compiled,
                    message: "a template is compiled from text that is not a literal, outside a sandbox: whoever can "
                        + "edit that text reaches every object and function the template can; compile it in a sandbox "
                        + "(Twig's SandboxExtension, Jinja's SandboxedEnvironment)", content: compiled.text)
            ]
        }
        if let swapped = Self.logicLessEngineSwapped(in: file) {
            return [
                file.finding(
                    "code.template-injection", .high, on: swapped,
                    message: "text a logic-less engine rendered (Liquid, Mustache) is now compiled by one that runs "
                        + "code: whoever writes that text runs code on the server; keep the logic-less engine",
                    content: swapped.text)
            ]
        }
        guard !visible.contains(where: { Self.sandbox.matches($0.text) }) else { return [] }
        let contexts = visible.filter { Self.fullContext.matches($0.text) }
        let parses = visible.filter { Self.parsedText.matches($0.text) }
        if !contexts.isEmpty, !parses.isEmpty,
            let context = contexts.first(where: \.isAdded) ?? parses.first(where: \.isAdded)
        {
            return [
                file.finding(
                    "code.eval", .high, on: context,
                    message: "a SpEL expression that is not a literal is evaluated with a StandardEvaluationContext, "
                        + "which reaches any class (T(java.lang.Runtime)); use SimpleEvaluationContext",
                    content: context.text)
            ]
        }
        let diff = file.diff
        guard !diff.isNew, let removed = diff.removed.last(where: { Self.sandbox.matches($0) }),
            let built = visible.first(where: { Self.engine.matches($0.text) })
        else { return [] }
        return [
            file.finding(
                "code.template-injection", .high, on: built,
                message: "the change takes the engine out of its sandbox (`" + removed.trimmedLine
                    + "`) and puts none back: whoever writes the template or expression runs code on the server",
                content: removed.trimmedLine)
        ]
    }
}
