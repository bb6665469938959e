/// Who holds one host port, kept so that each holder finds a clash in constant time: two bindings clash when
/// they come from different documents and share an address, or either binds every address.
struct HostPortHolders {
    /// The first holders from two different documents, per address and overall.
    private struct FirstTwo {
        var first: (document: Int, held: DecodedDocument.HostPort)?
        var second: (document: Int, held: DecodedDocument.HostPort)?

        mutating func add(_ document: Int, _ held: DecodedDocument.HostPort) {
            if first == nil {
                first = (document, held)
            } else if second == nil, first?.document != document {
                second = (document, held)
            }
        }

        func other(than document: Int) -> (document: Int, held: DecodedDocument.HostPort)? {
            first?.document != document ? first : second
        }
    }

    private static let anyAddress: Set<String> = ["0.0.0.0", "::"]
    private var all = FirstTwo()
    private var wildcard = FirstTwo()
    private var byAddress: [String: FirstTwo] = [:]

    mutating func add(_ document: Int, _ held: DecodedDocument.HostPort) {
        all.add(document, held)
        if Self.anyAddress.contains(held.hostIP) { wildcard.add(document, held) }
        byAddress[held.hostIP, default: FirstTwo()].add(document, held)
    }

    func clash(for document: Int, _ held: DecodedDocument.HostPort) -> (document: Int, held: DecodedDocument.HostPort)?
    {
        if Self.anyAddress.contains(held.hostIP) { return all.other(than: document) }
        return byAddress[held.hostIP]?.other(than: document) ?? wildcard.other(than: document)
    }
}
