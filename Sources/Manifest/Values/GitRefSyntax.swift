/// Branch and tag names, checked with `git check-ref-format`'s rules; full commit ids pass as they are.
enum GitRefSyntax {
    /// What a valid ref looks like, for error messages.
    static let help = "a branch, a tag or a full 40-character commit id"

    /// Why `text` is not a valid ref name, or `nil` when it is.
    static func problem(_ text: String) -> String? {
        if text.isEmpty { return "is empty" }
        if Names.isCommitID(text) { return nil }
        if text.utf8.count > 255 { return "is longer than 255 characters" }
        if text.hasPrefix("-") { return "starts with '-'" }
        if text.hasPrefix("/") || text.hasSuffix("/") { return "starts or ends with '/'" }
        if text.hasSuffix(".") || text.hasSuffix(".lock") { return "ends with '.' or '.lock'" }
        if text == "@" || text.contains("@{") { return "is '@' or contains '@{'" }
        if text.contains("..") || text.contains("//") { return "contains '..' or '//'" }
        if text.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return "has a part starting with '.'" }
        if let bad = text.unicodeScalars.first(where: {
            $0.value < 0x21 || $0.value == 0x7F || "~^:?*[\\".unicodeScalars.contains($0)
        }) {
            return bad.value < 0x21 ? "contains a space or control character" : "contains '\(bad)'"
        }
        return nil
    }
}
