import Manifest

/// Rust keeps unit tests in the file they test, in a module compiled only for tests (`#[cfg(test)] mod tests { … }`).
/// A finding inside one is test code, as a finding in a test file is: `low`, not blocking (a self-signed certificate
/// accepted against a throwaway local server, a fixture key).
enum RustTestModule {
    /// `findings` on lines inside a `#[cfg(test)]` module lowered to `low`.
    static func lowering(_ findings: [ReviewFinding], in file: ChangedFile) -> [ReviewFinding] {
        guard file.file.kind == .rust, findings.contains(where: { $0.severity > .low }) else { return findings }
        let lines = file.visible
        let modules = lines.indices.filter {
            lines[$0].text.hasBytes("cfg(test)") && testAttribute.matches(lines[$0].text)
        }
        .compactMap { attribute in
            lines.indices[(attribute + 1)...].first { !lines[$0].text.allSatisfy(\.isWhitespace) }
                .flatMap { module in moduleOpening.matches(lines[module].text) ? module : nil }
        }
        .map { HelperFunctions.body(at: $0, in: lines) }
        guard !modules.isEmpty else { return findings }
        let numbers = Set(modules.flatMap { $0.map { lines[$0].number } })
        return findings.lowering(to: .low, note: "only in a #[cfg(test)] module") { finding in
            finding.line.map(numbers.contains) ?? false
        }
    }

    private static let testAttribute = LinePattern(#"^\s*#\[cfg\(test\)\]\s*$"#)
    private static let moduleOpening = LinePattern(#"^\s*(?:pub\s+)?mod\s+\w+\s*\{"#)
}
