import Manifest

/// `code.mass-assignment` for a request schema made to keep the fields it does not list (zod's `.passthrough()` or
/// `.catchall(…)`, Joi's `.unknown()`) in a file that writes what the schema parsed to the database (Prisma's `data:
/// parsed.data`, `Model.update(value)`): whatever the client adds (`role`, `isAdmin`, `emailVerified`) reaches the
/// model's columns. A permissive schema whose output is only read, and a strict one written, are no finding.
struct PermissiveSchemaWritten: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.javascript]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard let permissive = lines.first(where: { $0.isAdded && Self.keepsUnknownFields.matches($0.text) }),
            lines.contains(where: { Self.parsedOutputWritten.matches($0.text) })
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
        #"\.(?:passthrough\(\s*\)|catchall\(|unknown\(\s*(?:true\s*)?\))"#,
        holdingOneOf: ["passthrough", "catchall", "unknown"])
    /// An ORM write given a parse's output: `data: parsed.data`, `data: { ...body.data }`, `.update(value)`,
    /// `.create(result.value)`.
    private static let parsedOutputWritten = LinePattern(
        #"\bdata\s*:\s*(?:\{\s*\.\.\.)?\s*\w+\.(?:data|value)\b|"#
            + #"\.(?:update|create|upsert|insert|save|updateOne|findByIdAndUpdate)\w*\([^)]*\b\w+\.(?:data|value)\b"#,
        holdingOneOf: ["data", ".value"])
}
