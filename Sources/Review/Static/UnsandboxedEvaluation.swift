import Manifest

/// An expression or template engine left without its sandbox, where what it evaluates is text people write (a
/// tenant's template, a merchant's rule): either the change removes the sandbox (Jinja's `SandboxedEnvironment`,
/// Spring's `SimpleEvaluationContext`) from a file that still builds the engine and puts none back, or it evaluates
/// text that is not a literal with Spring's `StandardEvaluationContext`, which reaches any class
/// (`T(java.lang.Runtime)`), or it compiles a Twig template from text that is not a literal
/// (`$twig->createTemplate($override->getBody())`) with no `SandboxExtension` in the file. Each runs code for
/// whoever writes the text.
struct UnsandboxedEvaluation: FileCheck {
    let kinds = ReviewedFile.code

    /// Engines confined to what they are handed.
    private static let sandbox = LinePattern(
        #"\b(SandboxedEnvironment|ImmutableSandboxedEnvironment|SimpleEvaluationContext|SecureASTCustomizer|"#
            + #"SandboxExtension|SecurityPolicy)\b"#)
    /// The engines those sandboxes confine, being built or asked to parse.
    private static let engine = LinePattern(
        #"(?<![\w.])(jinja2\.)?Environment\s*\(|\bparseExpression\s*\(|\bnew\s+GroovyShell\b"#)
    /// Spring's expression context with every type and method in reach.
    private static let fullContext = LinePattern(#"\bStandardEvaluationContext\s*\("#)
    /// An expression parsed from text that is not a string literal.
    private static let parsedText = LinePattern(#"\bparseExpression\s*\(\s*(?!["'])"#)
    /// A Twig template compiled from text that is neither a literal nor a constant.
    private static let compiledTemplate = LinePattern(#"\bcreateTemplate\s*\(\s*(?!["']|[A-Z_]+\s*[,)]|self::)"#)

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let visible = file.visible
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
        if file.file.kind == .php,
            let compiled = visible.first(where: { $0.isAdded && Self.compiledTemplate.matches($0.text) })
        {
            return [
                file.finding(
                    "code.template-injection", .high, on: compiled,
                    message: "a Twig template is compiled from text that is not a literal, outside a sandbox: whoever "
                        + "can edit that text reaches every object and function the template can; add a "
                        + "SandboxExtension with a security policy", content: compiled.text)
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
