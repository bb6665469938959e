/// Checks that span documents: a name is declared once across the repository, a host port is held once, a route
/// (host and path prefix) is claimed once. All run in time linear in the number of documents.
///
/// Both sides of a name or host-port clash become invalid: neither is deployed in place of the other, and neither
/// is pruned. A route clash invalidates only the later document (in file and document order): the first keeps its
/// route, the later one keeps running as it is (invalid, never pruned) until the clash is resolved.
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
                    position.diagnostic(
                        documents[index].shownPath("metadata.name"),
                        "\(Shown.quoted(name)) is also declared at "
                            + "\(other.description); names must be unique across the repository"))
            }
        }
    }

    static func uniqueHostPorts(_ documents: inout [DecodedDocument]) {
        typealias Holder = (document: Int, held: DecodedDocument.HostPort)
        var byPort: [Int: HostPortHolders] = [:]
        var holders: [Holder] = []
        for (index, document) in documents.enumerated() {
            for held in document.hostPorts {
                byPort[held.port, default: HostPortHolders()].add(index, held)
                holders.append((index, held))
            }
        }
        for holder in holders {
            guard let clash = byPort[holder.held.port]?.clash(for: holder.document, holder.held) else { continue }
            let owner = documents[clash.document].name.map { "deployment \(Shown.quoted($0))" } ?? "another deployment"
            documents[holder.document].diagnostics.append(
                holder.held.position.diagnostic(
                    documents[holder.document].shownPath(holder.held.path),
                    "host port \(holder.held.port) is also held by "
                        + "\(owner) at \(clash.held.position.description); a host port can serve one deployment"))
        }
    }

    static func uniqueRoutes(_ documents: inout [DecodedDocument]) {
        struct Key: Hashable {
            let host: String
            let path: String
        }
        var first: [Key: Int] = [:]
        for index in documents.indices {
            guard let claim = documents[index].route else { continue }
            let key = Key(host: claim.host, path: claim.path)
            guard let earlier = first[key] else {
                first[key] = index
                continue
            }
            let other = documents[earlier]
            let owner = other.name.map { "deployment \(Shown.quoted($0))" } ?? "another deployment"
            let otherPosition = other.route?.position.description ?? "\(other.file):\(other.line)"
            documents[index].diagnostics.append(
                claim.position.diagnostic(
                    documents[index].shownPath("spec.route"),
                    "host \(claim.host) with path \(claim.path) is already routed to \(owner) at \(otherPosition); "
                        + "a host and path prefix route to one deployment (use another spec.route.path or host)"))
        }
    }
}
