import Yams

extension ControllerConfigDecoder {
    /// `limits: {buildTimeout, contextBytes, repoBytes, logBytes}`, each located when refused.
    func decodeLimits(_ node: Node) -> BuildLimits? {
        guard let fields = reader.mapping(node, "limits", Self.limitsFields) else { return nil }
        var limits = BuildLimits.default
        var valid = true
        if let value = fields["buildTimeout"] {
            if let timeout = reader.duration(value, "limits.buildTimeout") {
                limits.buildTimeout = timeout
            } else {
                valid = false
            }
        }
        for (key, keyPath) in [("contextBytes", \BuildLimits.contextBytes), ("repoBytes", \.repoBytes)] {
            guard let value = fields[key] else { continue }
            if let bytes = size(value, "limits.\(key)") { limits[keyPath: keyPath] = bytes } else { valid = false }
        }
        if let value = fields["logBytes"] {
            if let bytes = size(value, "limits.logBytes", minimum: Self.minimumLogBytes) {
                limits.logBytes = bytes
            } else {
                valid = false
            }
        }
        return valid ? limits : nil
    }

    /// The smallest `limits.logBytes`: room for the note that says how much was cut and a few lines.
    static let minimumLogBytes = 4096

    /// A positive size (`64Mi`, `1G`, plain bytes) of at least `minimum` bytes.
    private func size(_ node: Node, _ path: String, minimum: Int = 1) -> Int? {
        guard let text = reader.scalarText(node, path, "a size") else { return nil }
        guard let bytes = MemorySize.parse(text) else {
            sink.report(node, path, "\(Shown.value(text)) is not a size (\(MemorySize.help))")
            return nil
        }
        guard bytes >= minimum else {
            sink.report(node, path, "\(Shown.value(text)) is too small: at least \(minimum) bytes")
            return nil
        }
        return bytes
    }
}
