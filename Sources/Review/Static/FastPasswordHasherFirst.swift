import Manifest

/// `code.weak-password-hash` in Django's settings: `PASSWORD_HASHERS` whose first entry, the one new passwords are
/// hashed with, is a fast digest (`MD5PasswordHasher`, `SHA1PasswordHasher`, their unsalted forms, `CryptPasswordHasher`).
/// Later entries only verify old hashes, so a fast one there is no finding; nor is a test settings module
/// (`settings/test.py`), where a fast hasher is the usual way to speed up the suite.
struct FastPasswordHasherFirst: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.python]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard !file.file.path.lowercased().split(separator: "/").last!.contains("test"),
            let start = lines.firstIndex(where: { $0.text.hasBytes("PASSWORD_HASHERS") && Self.opening.matches($0.text) })
        else { return [] }
        // The first entry: on the opening line after its bracket, or on the first line after it that holds a string.
        let first = lines[start...].prefix(4).first { line in line.text.hasBytes("\"") || line.text.hasBytes("'") }
        guard let first, first.isAdded, Self.fastHasher.matches(first.text) else { return [] }
        return [
            file.finding(
                "code.weak-password-hash", .high, on: first,
                message: "new passwords are hashed with a fast digest (the first of PASSWORD_HASHERS); put a slow "
                    + "hasher (PBKDF2, Argon2, bcrypt) first", content: first.text)
        ]
    }

    private static let opening = LinePattern(#"^\s*PASSWORD_HASHERS\s*=\s*[\[(]"#)
    private static let fastHasher = LinePattern(
        #"hashers\.(Unsalted)?(MD5|SHA1)PasswordHasher|hashers\.CryptPasswordHasher"#)
}
