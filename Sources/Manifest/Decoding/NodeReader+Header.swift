import Yams

extension NodeReader {
    /// The only supported `apiVersion`.
    static let apiVersion = "berth/v1"

    /// Checks `apiVersion: berth/v1` and `kind`.
    func checkHeader(_ fields: MappingFields, kind expectedKind: String) {
        if let node = fields["apiVersion"] {
            if let version = string(node, "apiVersion"), version != NodeReader.apiVersion {
                sink.report(node, "apiVersion", "\(Shown.value(version)) is not supported (\(NodeReader.apiVersion))")
            }
        } else {
            missing(fields, "apiVersion", NodeReader.apiVersion)
        }
        guard let node = fields["kind"] else {
            missing(fields, "kind", expectedKind)
            return
        }
        guard let kind = string(node, "kind"), kind != expectedKind else { return }
        switch (kind, expectedKind) {
        case ("Controller", "Deployment"):
            sink.report(
                node, "kind",
                "a Controller config is not a manifest; pass it with --config, outside the "
                    + "manifest directory")
        case ("Deployment", "Controller"):
            sink.report(node, "kind", "a Deployment is a manifest, not a controller config (kind: Controller)")
        default:
            var message = "\(Shown.value(kind)) is not a kind berth reads here (\(expectedKind))"
            if EditDistance.suggestion(for: kind, among: [expectedKind]) != nil {
                message += "; did you mean \"\(expectedKind)\"?"
            }
            sink.report(node, "kind", message)
        }
    }
}
