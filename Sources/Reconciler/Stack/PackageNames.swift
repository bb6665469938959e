import Foundation

/// Package names read line by line (and item by item in lists) from requirement lists and TOML or Ruby manifests: the name each line starts
/// with (after quotes, `gem`), lowercased, `_` read as `-`. Reading more names than there are packages is harmless:
/// detection only asks whether a framework's name is among them.
struct PackageNames: Sendable {
    private let names: Set<String>

    /// Names at the start of each line or list item of `text` (`flask==3.0`, `["django>=5", "gunicorn"]`,
    /// `fastapi = "^0.110"`).
    init(lines text: String) {
        var names: Set<String> = []
        for line in text.split(whereSeparator: { $0.isNewline || $0 == "," || $0 == "[" }) {
            var rest = Substring(line.trimmingPrefix(while: \.isWhitespace))
            if rest.hasPrefix("gem ") { rest = rest.dropFirst(4).trimmingPrefix(while: \.isWhitespace) }
            rest = rest.trimmingPrefix(while: { $0 == "\"" || $0 == "'" })
            let name = rest.prefix(while: { $0.isLetter || $0.isNumber || "._-".contains($0) })
            if !name.isEmpty { names.insert(name.lowercased().replacingOccurrences(of: "_", with: "-")) }
        }
        self.names = names
    }

    func contains(_ name: String) -> Bool { names.contains(name) }
}
