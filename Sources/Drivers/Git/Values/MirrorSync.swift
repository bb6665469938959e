/// The outcome of bringing a local mirror in line with its remote.
package struct MirrorSync: Hashable, Sendable {
    /// False when the remote's branches and tags already matched the mirror and nothing was fetched.
    package let fetched: Bool
    /// The remote's branches and tags as advertised during the sync.
    package let heads: [RemoteHead]

    package init(fetched: Bool, heads: [RemoteHead]) {
        self.fetched = fetched
        self.heads = heads
    }
}
