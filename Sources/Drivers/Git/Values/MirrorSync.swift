/// The outcome of bringing a local mirror in line with its remote.
public struct MirrorSync: Hashable, Sendable {
    /// False when the remote's branches and tags already matched the mirror and nothing was fetched.
    public let fetched: Bool
    /// The remote's branches and tags as advertised during the sync.
    public let heads: [RemoteHead]

    public init(fetched: Bool, heads: [RemoteHead]) {
        self.fetched = fetched
        self.heads = heads
    }
}
