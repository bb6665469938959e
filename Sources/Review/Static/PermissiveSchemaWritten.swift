import Manifest

/// `code.mass-assignment` for a request schema made to keep the fields it does not list (zod's `.passthrough()` or
/// `.catchall(…)`, Joi's `.unknown()`, pydantic's `extra="allow"`, marshmallow's `unknown = INCLUDE`) in a file that
/// writes what the schema parsed to the database (Prisma's `data: parsed.data`, `Model.update(value)`, a
/// `setattr(user, field, value)` loop, `User(**body.model_dump())`): whatever the client adds (`role`, `isAdmin`,
/// `emailVerified`) reaches the model's columns. A permissive schema whose output is only read, and a strict one
/// written, are no finding.
struct PermissiveSchemaWritten: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.javascript, .python]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard let permissive = lines.first(where: { $0.isAdded && Self.keepsUnknownFields.matches($0.text) })
        else { return [] }
        // Names given the parse's output, or the rest of it (`const { id: _, ...changes } = parsed.data`).
        let parsed = Set(lines.compactMap { line in
            Self.parsedBinding.firstMatch(in: line.text).flatMap { ($0[1] ?? $0[2]).map(String.init) }
        })
        guard
            lines.contains(where: { line in
                Self.parsedOutputWritten.matches(line.text)
                    || Self.dataArgument.firstMatch(in: line.text, capture: 1).map { parsed.contains(String($0)) }
                        == true
            })
        else { return [] }
        return [
            file.finding(
                "code.mass-assignment", .high, on: permissive,
                message: "the request schema keeps fields it does not list, and what it parses is written to the "
                    + "database: a client can set any column (a role, a verified flag); list the fields instead",
                content: permissive.text)
        ]
    }

    private static let keepsUnknownFields = LinePattern(
        #"\.(?:passthrough\(\s*\)|catchall\(|unknown\(\s*(?:true\s*)?\))|\bextra\s*=\s*(?:["']allow["']|Extra\.allow)|"#
            + #"\bunknown\s*=\s*INCLUDE\b"#,
        holdingOneOf: ["passthrough", "catchall", "unknown", "extra"])
    /// A name bound to a parse's output (group 2), or to the rest of it (group 1): `const body = parsed.data`,
    /// `const { id: _ignored, ...changes } = parsed.data`.
    private static let parsedBinding = LinePattern(
        #"^\s*(?:const|let|var)\s+(?:\{[^}]*\.\.\.\s*(\w+)\s*\}|(\w+))\s*=\s*\w+\.(?:data|value)\b"#)
    /// The name an ORM write's `data` is given (group 1): `data: changes`, `data: { ...changes }`.
    private static let dataArgument = LinePattern(#"\bdata\s*:\s*(?:\{\s*\.\.\.\s*)?(\w+)\b"#)
    /// An ORM write given a parse's output: `data: parsed.data`, `data: { ...body.data }`, `.update(value)`,
    /// `.create(result.value)`, `setattr(user, field, value)`, `User(**body.model_dump())`.
    private static let parsedOutputWritten = LinePattern(
        #"\bdata\s*:\s*(?:\{\s*\.\.\.)?\s*\w+\.(?:data|value)\b|"#
            + #"\.(?:update|create|upsert|insert|save|updateOne|findByIdAndUpdate)\w*\([^)]*\b\w+\.(?:data|value)\b|"#
            + #"\bsetattr\(\s*\w+\s*,\s*\w+\s*,\s*\w+\s*\)|\(\s*\*\*\s*\w+\.(?:dict|model_dump)\("#,
        holdingOneOf: ["data", ".value", "setattr", "**"])
}
