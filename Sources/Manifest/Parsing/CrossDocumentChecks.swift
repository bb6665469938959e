/// Checks that span documents: a name is declared once across the repository, a host port is held once.
///
/// Both sides of a clash become invalid: neither is deployed in place of the other, and neither is pruned.
enum CrossDocumentChecks {
    static func uniqueNames(_ documents: inout [DecodedDocument]) {
        var byName: [String: [Int]] = [:]
        for (index, document) in documents.enumerated() {
            if let name = document.name { byName[name, default: []].append(index) }
        }
        for (name, indices) in byName where indices.count > 1 {
            for index in indices {
                guard let position = documents[index].namePosition,
                    let other = indices.first(where: { $0 != index }).flatMap({ documents[$0].namePosition })
                else { continue }
                documents[index].diagnostics.append(
                    position.diagnostic("metadata.name", "\(Shown.quoted(name)) is also declared at "
                        + "\(other.description); names must be unique across the repository"))
            }
        }
    }

    static func uniqueHostPorts(_ documents: inout [DecodedDocument]) {
        var byPort: [Int: [(document: Int, held: DecodedDocument.HostPort)]] = [:]
        for (index, document) in documents.enumerated() {
            for held in document.hostPorts { byPort[held.port, default: []].append((index, held)) }
        }
        for (port, holders) in byPort where holders.count > 1 {
            for holder in holders {
                guard let clash = holders.first(where: {
                    $0.document != holder.document && overlaps($0.held.hostIP, holder.held.hostIP)
                }) else { continue }
                let owner = documents[clash.document].name.map { "deployment \(Shown.quoted($0))" } ?? "another deployment"
                documents[holder.document].diagnostics.append(
                    holder.held.position.diagnostic(holder.held.path, "host port \(port) is also held by \(owner) at "
                        + "\(clash.held.position.description); a host port can serve one deployment"))
            }
        }
    }

    /// Two bindings clash when they share an address or either binds every address.
    private static func overlaps(_ lhs: String, _ rhs: String) -> Bool {
        let any: Set<String> = ["0.0.0.0", "::"]
        return lhs == rhs || any.contains(lhs) || any.contains(rhs)
    }
}
