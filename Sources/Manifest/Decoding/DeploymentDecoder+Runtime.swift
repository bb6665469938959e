import Yams

extension DeploymentDecoder {
    static let resourceFields = FieldSet("cpus", "memory")

    func decodeResources(_ node: Node) -> Resources? {
        guard let fields = reader.mapping(node, "spec.resources", Self.resourceFields) else { return nil }
        let nanoCPUs = fields["cpus"].flatMap { reader.cpus($0, "spec.resources.cpus") }
        let memoryBytes = fields["memory"].flatMap { reader.memory($0, "spec.resources.memory") }
        if fields.has("cpus") && nanoCPUs == nil || fields.has("memory") && memoryBytes == nil { return nil }
        return Resources(nanoCPUs: nanoCPUs, memoryBytes: memoryBytes)
    }

    /// A non-empty list of strings.
    func decodeCommand(_ node: Node, _ path: String) -> [String]? {
        guard let items = reader.stringList(node, path) else { return nil }
        guard !items.isEmpty else {
            sink.report(node, path, "must not be empty (leave it out to use the image's own command)")
            return nil
        }
        return items.map(\.value)
    }

    /// `spec.user`: a user name or uid, optionally with `:group` or `:gid` (letters, digits, `_`, `.` and `-`).
    func decodeUser(_ node: Node) -> String? {
        guard let text = reader.string(node, "spec.user") else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let valid =
            (1...2).contains(parts.count)
            && parts.allSatisfy { part in
                !part.isEmpty && part.utf8.allSatisfy {
                    Names.isLetter($0) || Names.isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
                        || $0 == UInt8(ascii: "-")
                }
            }
        guard valid else {
            sink.report(
                node, "spec.user",
                "\(Shown.value(text)) is not a user (a name or uid, optionally with :group or :gid, e.g. app or "
                    + "1000:1000)")
            return nil
        }
        return text
    }

    func decodePrivileged(_ node: Node) -> Bool? {
        guard let privileged = reader.bool(node, "spec.privileged") else { return nil }
        if privileged && !policy.allowPrivileged {
            sink.report(
                node, "spec.privileged",
                "privileged containers are not allowed by the controller policy "
                    + "(policy.allowPrivileged: false)")
            return nil
        }
        return privileged
    }

    /// Capabilities upper-case without `CAP_`, sorted, each known and allowed by the policy.
    func decodeCapabilities(_ node: Node) -> [String]? {
        guard let items = reader.stringList(node, "spec.capAdd") else { return nil }
        var result: Set<String> = []
        var valid = true
        for (index, item) in items.enumerated() {
            let path = "spec.capAdd[\(index)]"
            let capability = Capabilities.normalise(item.value)
            if !Capabilities.known.contains(capability) {
                var message = "\(Shown.value(item.value)) is not a Linux capability (e.g. NET_ADMIN, SYS_TIME)"
                if let suggestion = EditDistance.suggestion(for: capability, among: Capabilities.known.sorted()) {
                    message += "; did you mean \"\(suggestion)\"?"
                }
                sink.report(item.node, path, message)
                valid = false
            } else if !policy.allowsCapability(capability) {
                let allowed =
                    policy.allowCapabilities.isEmpty ? "none" : policy.allowCapabilities.joined(separator: ", ")
                sink.report(
                    item.node, path,
                    "\(capability) is not allowed by the controller policy "
                        + "(policy.allowCapabilities: \(allowed))")
                valid = false
            }
            result.insert(capability)
        }
        return valid ? result.sorted() : nil
    }

    /// Devices as `/dev/host[:/dev/container[:rwm]]`, sorted; refused unless the policy allows devices.
    func decodeDevices(_ node: Node) -> [String]? {
        guard let items = reader.stringList(node, "spec.devices") else { return nil }
        var valid = true
        if !items.isEmpty && !policy.allowDevices {
            sink.report(
                node, "spec.devices",
                "devices are not allowed by the controller policy "
                    + "(policy.allowDevices: false)")
            valid = false
        }
        for (index, item) in items.enumerated() where !Self.isDevice(item.value) {
            sink.report(
                item.node, "spec.devices[\(index)]",
                "\(Shown.value(item.value)) is not a device "
                    + "(/dev/HOST[:/dev/CONTAINER[:PERMISSIONS]], permissions from r, w, m)")
            valid = false
        }
        return valid ? Array(Set(items.map(\.value))).sorted() : nil
    }

    private static func isDevice(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].hasPrefix("/dev/"), parts[0].count > 5,
            PathSyntax.absoluteProblem(String(parts[0])) == nil
        else { return false }
        if parts.count >= 2 && (!parts[1].hasPrefix("/") || PathSyntax.absoluteProblem(String(parts[1])) != nil) {
            return false
        }
        if parts.count == 3 { return !parts[2].isEmpty && parts[2].allSatisfy { "rwm".contains($0) } }
        return true
    }
}
