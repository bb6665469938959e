/// Condenses the engine's pull progress into readable lines, as ``BuildLog`` does for builds: one line each time a
/// layer's status changes (`a1b2c3d4e5f6: Downloading 27.1 MB`, `a1b2c3d4e5f6: Pull complete`), none for the
/// byte-by-byte updates in between, and each message without a layer as it comes (`Digest: sha256:...`).
struct PullLog {
    /// The status last shown per layer id.
    private var shown: [String: String] = [:]

    /// The line `message` adds, if any.
    mutating func line(for message: DockerWire.PullMessage) -> String? {
        guard let status = message.status, !status.isEmpty else { return nil }
        guard let id = message.id, !id.isEmpty else { return status }
        guard shown[id] != status else { return nil }
        shown[id] = status
        guard let total = message.progressDetail?.total, total > 0 else { return "\(id): \(status)" }
        return "\(id): \(status) \(Self.size(total))"
    }

    /// `27.1 MB`, `512 B`: decimal units, as Docker shows sizes.
    static func size(_ bytes: Int) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        if unit == 0 { return "\(bytes) B" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }
}
