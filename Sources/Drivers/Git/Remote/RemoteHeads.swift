internal import CGit2

/// Turns a remote's advertisement into ``RemoteHead`` values: branches and tags only, annotated tags
/// peeled to their commit through the `^{}` entries.
enum RemoteHeads {
    static func from(_ advertised: [GitRemoteHandle.Advertised]) -> [RemoteHead] {
        var peeled: [String: git_oid] = [:]
        for reference in advertised where reference.name.hasSuffix("^{}") {
            peeled[String(reference.name.dropLast(3))] = reference.oid
        }
        return
            advertised
            .filter {
                ($0.name.hasPrefix("refs/heads/") || $0.name.hasPrefix("refs/tags/")) && !$0.name.hasSuffix("^{}")
            }
            .map { RemoteHead(name: $0.name, commit: CommitID(peeled[$0.name] ?? $0.oid)) }
            .sorted { $0.name < $1.name }
    }
}
