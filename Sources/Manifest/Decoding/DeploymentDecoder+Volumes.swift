import Yams

extension DeploymentDecoder {
    static let volumeFields = FieldSet("name", "hostPath", "mountPath", "readOnly")

    /// Volumes sorted by mount path; host paths checked against `policy.allowHostPaths`.
    func decodeVolumes(_ node: Node) -> [VolumeMount]? {
        guard let items = reader.list(node, "spec.volumes") else { return nil }
        var volumes: [VolumeMount] = []
        var mountSeen: [String: String] = [:]
        var valid = true
        for (index, item) in items.enumerated() {
            let path = "spec.volumes[\(index)]"
            guard let volume = decodeVolume(item, path: path) else {
                valid = false
                continue
            }
            if let first = mountSeen[volume.mount.mountPath] {
                sink.report(
                    volume.mountNode, path + ".mountPath",
                    "\(volume.mount.mountPath) is already mounted at "
                        + first)
                valid = false
            }
            mountSeen[volume.mount.mountPath] = mountSeen[volume.mount.mountPath] ?? path
            volumes.append(volume.mount)
        }
        return valid ? volumes.sorted { $0.mountPath < $1.mountPath } : nil
    }

    private func decodeVolume(_ node: Node, path: String) -> (mount: VolumeMount, mountNode: Node)? {
        guard let fields = reader.mapping(node, path, Self.volumeFields) else { return nil }
        var source: VolumeMount.Source?
        switch (fields["name"], fields["hostPath"]) {
        case (.some, .some):
            sink.report(
                fields.key("hostPath") ?? node, path + ".hostPath",
                "name and hostPath exclude each other: "
                    + "mount a named volume or a host path, not both")
        case (.some(let nameNode), nil):
            if let name = reader.string(nameNode, path + ".name") {
                if Names.isDNSLabel(name) {
                    source = .named(name)
                } else {
                    sink.report(
                        nameNode, path + ".name",
                        "\(Shown.value(name)) is not a volume name (1-63 of a-z, "
                            + "0-9 and '-')")
                }
            }
        case (nil, .some(let hostNode)):
            source = decodeHostPath(hostNode, path: path + ".hostPath")
        case (nil, nil):
            sink.report(node, path, "needs name (a named volume) or hostPath (a host directory)")
        }
        let readOnly = fields["readOnly"].map { reader.bool($0, path + ".readOnly") } ?? false
        guard let mountNode = fields["mountPath"] else {
            reader.missing(fields, "mountPath", "the absolute path inside the container")
            return nil
        }
        guard let mountPath = reader.string(mountNode, path + ".mountPath") else { return nil }
        if let problem = PathSyntax.absoluteProblem(mountPath) {
            sink.report(mountNode, path + ".mountPath", "\(Shown.quoted(mountPath)) \(problem)")
            return nil
        }
        guard let source, let readOnly else { return nil }
        let mount = VolumeMount(source: source, mountPath: PathSyntax.normalised(mountPath), readOnly: readOnly)
        return (mount, mountNode)
    }

    private func decodeHostPath(_ node: Node, path: String) -> VolumeMount.Source? {
        guard let text = reader.string(node, path) else { return nil }
        if let problem = PathSyntax.canonicalAbsoluteProblem(text) {
            sink.report(node, path, "\(Shown.quoted(text)) \(problem)")
            return nil
        }
        guard policy.allowsHostPath(text) else {
            let allowed = policy.allowHostPaths.isEmpty ? "none" : policy.allowHostPaths.joined(separator: ", ")
            sink.report(
                node, path,
                "\(text) is not allowed by the controller policy (policy.allowHostPaths: "
                    + "\(allowed)); use a named volume")
            return nil
        }
        return .hostPath(text)
    }
}
