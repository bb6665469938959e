import Yams

/// CPU and memory amounts, read the same way in manifests (`spec.resources`) and the controller config (`quotas`).
extension NodeReader {
    /// Docker refuses CPU limits below 0.01.
    static let minimumNanoCPUs = 10_000_000

    /// A number of CPUs (`0.5`, `2`, at least 0.01) in billionths of a CPU, Docker's `NanoCpus`.
    func cpus(_ node: Node, _ path: String) -> Int? {
        guard let text = scalarText(node, path, "a number of CPUs") else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let wellFormed =
            parts.count <= 2 && !text.isEmpty && parts.allSatisfy { $0.utf8.allSatisfy(Names.isDigit) }
            && parts[0].utf8.count <= 4 && (parts.count == 1 || (1...9).contains(parts[1].utf8.count))
        guard wellFormed, let value = Double(text), value > 0 else {
            sink.report(node, path, "\(Shown.value(text)) is not a number of CPUs greater than 0 (e.g. 0.5 or 2)")
            return nil
        }
        let nano = Int((value * 1e9).rounded())
        guard nano >= Self.minimumNanoCPUs else {
            sink.report(node, path, "\(text) is below Docker's minimum of 0.01")
            return nil
        }
        return nano
    }

    /// A memory size (``MemorySize``: `268435456`, `256Mi`, `1G`, at least 6Mi) in bytes.
    func memory(_ node: Node, _ path: String) -> Int? {
        guard let text = scalarText(node, path, "a size") else { return nil }
        guard let bytes = MemorySize.parse(text) else {
            sink.report(node, path, "\(Shown.value(text)) is not a memory size (\(MemorySize.help))")
            return nil
        }
        guard bytes >= MemorySize.minimumBytes else {
            sink.report(node, path, "\(Shown.value(text)) is below Docker's minimum of 6Mi")
            return nil
        }
        return bytes
    }
}
