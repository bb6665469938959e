import Manifest

/// A function whose body tests a request header and answers yes or no: `function isInternalCall(req) { return
/// req.get("x-internal-service") === "true" }`, `def from_gateway(request):`, `func trusted(r *http.Request) bool`.
/// Where a condition calls it and the block it guards grants access (``HeaderAuthBypass``'s grants), the header decides
/// access as surely as if it were read in the condition itself.
struct HeaderPredicate {
    /// The function's name.
    let name: String

    /// The predicate whose body holds line `index` (a header read): the nearest line above it, indented less, that
    /// defines a function; nil when there is none within ``HeaderAuthBypass/blockLines`` lines, or when the body
    /// compares the header with a secret (an auth check, not a bypass).
    init?(enclosing index: Int, in lines: [ChangedFile.Line]) {
        let indent = lines[index].text.indentation
        let start = max(0, index - HeaderAuthBypass.blockLines)
        guard
            let definition = lines[start..<index].lastIndex(where: { line in
                line.text.indentation < indent && !line.text.allSatisfy(\.isWhitespace)
            }),
            let name = Self.definition.firstMatch(in: lines[definition].text, capture: 1),
            !HeaderAuthBypass.comparedWithSecret.matches(HeaderAuthBypass.block(at: definition, in: lines))
        else { return nil }
        self.name = String(name)
    }

    /// Whether a condition elsewhere in `lines` calls the predicate and the block it guards grants access, or a
    /// security chain lets every request it matches through (Spring's `.requestMatchers(internalTraffic).permitAll()`),
    /// or an auth middleware skips the requests it answers yes for (Echo's `Skipper: fromVPC` in a JWT config).
    func grantsWhereCalled(in lines: [ChangedFile.Line]) -> Bool {
        let call = LinePattern(#"(?<![\w.])(?:this\.|self\.)?"# + name + #"\s*\("#)
        let matcher = LinePattern(#"\(\s*(?:this\.|self\.)?"# + name + #"(?:\(\))?\s*\)\s*\.permitAll\b"#)
        let skipper = LinePattern(#"\bSkipper\s*:\s*"# + name + #"\b"#)
        return lines.indices.contains { index in
            let text = lines[index].text
            guard text.hasBytes(name), !Self.definition.matches(text) else { return false }
            if call.matches(text) && HeaderAuthBypass.condition.matches(text)
                && HeaderAuthBypass.grant.matches(HeaderAuthBypass.block(at: index, in: lines))
            {
                return true
            }
            return text.hasBytes("permitAll") && matcher.matches(text)
                || text.hasBytes("Skipper") && skipper.matches(text)
                    && lines.contains { $0.text.hasBytesIgnoringCase("jwt") || $0.text.hasBytesIgnoringCase("auth") }
        }
    }

    /// A function definition, its name in group 1: `function name(`, `def name(`, `func name(`, `func (s *S) name(`,
    /// `fun name(`, `bool Name(`, `const name = (req) =>`, a method `private isInternal(req: Request): boolean {`, a
    /// Spring bean answering a `RequestMatcher` (`RequestMatcher internalTraffic() { return request -> … }`).
    private static let definition = LinePattern(
        #"^\s*(?:export\s+)?(?:(?:async\s+)?function\s+|def\s+|func\s+(?:\([^)]*\)\s*)?|(?:private\s+|public\s+)?fun\s+|"#
            + #"(?:(?:private|public|protected|internal|static)\s+)*(?:bool|boolean|Boolean|RequestMatcher)\s+|"#
            + #"(?:const|let|var)\s+(?=\w+\s*=\s*(?:async\s*)?(?:\([^)]*\)|\w+)\s*(?::\s*\w+\s*)?=>)|"#
            + #"(?:private|public|protected)\s+(?=\w+\s*\([^)]*\)\s*:\s*boolean\b))([A-Za-z_]\w*)"#)
}
