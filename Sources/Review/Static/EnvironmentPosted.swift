import Manifest

/// `ci.secrets-exfiltration` in code that runs on a build machine or a server: the whole process environment
/// (`System.getenv()`, `dict(os.environ)`, `{ ...process.env }`, `os.Environ()`, `ENV.to_h`) put in a request the code
/// sends (`HttpRequest.BodyPublishers.ofString(payload)` after `payload = toJson(mapOf("env" to context))`,
/// `requests.post(url, json={"env": env})`), on its line or through one name it is given. A build task or a script
/// that reports "context" this way ships every token the runner holds. An environment narrowed to names it keeps
/// (`filterKeys { it.startsWith("APP_") }`) is not the whole; one that only drops some (`filterKeys {
/// !it.startsWith("JAVA_") }`) still is.
struct EnvironmentPosted: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.java, .python, .javascript, .ruby, .go, .php, .csharp]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && Self.wholeEnvironment.matches($0.text) }) else { return [] }
        var carriers = Set<String>()
        for line in lines where Self.wholeEnvironment.matches(line.text) && !Self.narrowed.matches(line.text) {
            if let name = Self.assigned.firstMatch(in: line.text, capture: 1) { carriers.insert(String(name)) }
        }
        // One name further: the payload built around the environment.
        for line in lines {
            guard let name = Self.assigned.firstMatch(in: line.text, capture: 1).map(String.init),
                !carriers.contains(name), CodeFlow.identifiers(in: line.text).contains(where: carriers.contains)
            else { continue }
            carriers.insert(name)
        }
        return lines.indices.compactMap { index -> ReviewFinding? in
            let line = lines[index]
            guard line.isAdded, Self.sends.matches(line.text) else { return nil }
            let statement = CodeFlow.statement(at: index, in: lines)
            let carries =
                CodeFlow.identifiers(in: statement).contains(where: carriers.contains)
                || Self.wholeEnvironment.matches(statement) && !Self.narrowed.matches(statement)
            guard carries else { return nil }
            return file.finding(
                "ci.secrets-exfiltration", .high, on: line,
                message: "the whole process environment is sent off the machine: the tokens and passwords it holds go "
                    + "with it; send only the variables you need", content: line.text)
        }
    }

    /// The process environment as a whole, not one variable of it.
    private static let wholeEnvironment = LinePattern(
        #"\bSystem\.getenv\(\s*\)|\bdict\(\s*os\.environ\s*\)|\bos\.environ\.copy\(\)|\{\s*\*\*os\.environ\s*\}|"#
            + #"\.\.\.process\.env\b(?!\.)|\bJSON\.stringify\(\s*process\.env\s*\)|\bos\.Environ\(\)|\bENV\.to_h\b|"#
            + #"\bEnvironment\.GetEnvironmentVariables\(\)|\bgetenv\(\s*\)|=\s*(?:os\.environ|process\.env)\s*;?\s*$"#,
        holdingOneOf: ["getenv", "environ", "process.env", "ENV.to_h", "GetEnvironmentVariables"])
    /// An environment narrowed to the names it keeps: a filter or a comprehension that tests a name without negating
    /// the test.
    private static let narrowed = LinePattern(
        #"\.(?:filterKeys|filter|select)\s*[({]\s*(?:\w+\s*(?:->|=>)\s*)?(?!\s*!)[^!}]*\b(?:startsWith|start_with\?|"#
            + #"startswith|in|contains|include\?)\b"#)
    /// A name assigned (group 1).
    private static let assigned = LinePattern(
        #"^\s*(?:(?:val|var|let|const|final|my)\s+)?\$?([A-Za-z_]\w*)\s*(?::\s*[\w<>?,\s]+)?\s*(?::=|=(?![=>]))"#)
    /// A request sent with a body.
    private static let sends = LinePattern(
        #"(?i)\b(?:requests|httpx|session)\.(?:post|put|patch)\s*\(|\bfetch\s*\(|\baxios\.(?:post|put)\s*\(|"#
            + #"BodyPublishers\.ofString\s*\(|\bhttp\.Post\s*\(|\bPost(?:AsJson)?Async\s*\(|\bNet::HTTP\.post\b|"#
            + #"\bCURLOPT_POSTFIELDS\b|\burlopen\s*\(|\.send\s*\(\s*JSON\.stringify"#)
}
