import Manifest

/// `code.eval` for Spring's expression language evaluated with a `StandardEvaluationContext` where the file parses
/// expressions that are not its own literals (`parser.parseExpression(rule.getCondition())`): that context resolves
/// types and calls any method (`T(java.lang.Runtime).getRuntime().exec(…)`), so whoever writes the expression (a
/// merchant's promo rule, a saved filter) runs code on the server. `SimpleEvaluationContext` is the one for data
/// binding; a standard context over the file's own literal expressions is not a finding.
struct SpelFullContext: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.java]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && $0.text.hasBytes("StandardEvaluationContext") }),
            lines.contains(where: { line in
                // A method reference (`cache.computeIfAbsent(rule.getCondition(), parser::parseExpression)`)
                // parses whatever it is handed.
                line.text.hasBytes("::parseExpression")
                    || line.text.hasBytes("parseExpression")
                        && Self.parsedArgument.matches(in: line.text).contains { groups in
                            groups[1].map { !$0.hasPrefix("\"") } ?? false
                        }
            })
        else { return [] }
        return lines.compactMap { line in
            guard line.isAdded, Self.standardContext.matches(line.text) else { return nil }
            return file.finding(
                "code.eval", .high, on: line,
                message: "a SpEL expression the file does not write is evaluated with a StandardEvaluationContext, "
                    + "which calls any method and type; use SimpleEvaluationContext", content: line.text)
        }
    }

    /// A standard context made: `new StandardEvaluationContext(cart)`, Kotlin's `StandardEvaluationContext(cart)`.
    private static let standardContext = LinePattern(#"(?:\bnew\s+|[=(]\s*)StandardEvaluationContext\s*\("#)
    /// What an expression is parsed from (group 1, its first character on): `parseExpression(rule.getCondition())`.
    private static let parsedArgument = LinePattern(#"\.parseExpression\s*\(\s*(\S)"#)
}
