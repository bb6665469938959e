package import Manifest

/// What an `update` changes, for `berth plan`: the fields that differ from the active generation's record, the
/// app commits and image it moves across, and whether the strategy stops what serves first.
package struct UpdateDetails: Sendable, Hashable {
    /// The commits from the active generation's app commit to the desired one.
    package struct Commits: Sendable, Hashable {
        package var from: String
        package var to: String
        /// Commits that lead from `from` to `to`; nil when they could not be counted (one is not in the mirror).
        package var count: Int?
        /// Commits of `from` that `to` does not have (going back, or after a force push); 0 usually.
        package var behind: Int

        package init(from: String, to: String, count: Int?, behind: Int) {
            self.from = from
            self.to = to
            self.count = count
            self.behind = behind
        }
    }

    /// A new image: the tag berth builds, or the id a prebuilt image's reference now names.
    package struct ImageChange: Sendable, Hashable {
        package var from: String
        package var to: String

        package init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// How clients reach the new generation.
    package enum Traffic: Sendable, Hashable {
        /// Through the router at this host and path: it moves traffic once the new generation is healthy.
        case routed(String)
        /// On the same fixed host port.
        case fixedPort
        /// No router: the new generation serves on a newly allocated port, so the address changes.
        case addressChanges
    }

    /// The generation that serves now.
    package var activeGeneration: Int
    /// Spec hashes, active and desired.
    package var fromHash: String
    package var toHash: String
    /// Field by field, in path order; nil when the active generation has no record (it was rolled out before berth
    /// kept one), so only the hash is known to differ.
    package var changes: [FieldChange]?
    package var commits: Commits?
    package var image: ImageChange?
    package var strategy: Strategy
    /// `stop-first` with a generation running: apply stops it before the new one starts.
    package var downtime: Bool
    /// Why the strategy is `stop-first`, when it is: a fixed host port, or the manifest says so.
    package var stopFirstReason: String?
    package var traffic = Traffic.addressChanges

    package init(
        activeGeneration: Int, fromHash: String, toHash: String, changes: [FieldChange]?, commits: Commits?,
        image: ImageChange?, strategy: Strategy, downtime: Bool, stopFirstReason: String?
    ) {
        self.activeGeneration = activeGeneration
        self.fromHash = fromHash
        self.toHash = toHash
        self.changes = changes
        self.commits = commits
        self.image = image
        self.strategy = strategy
        self.downtime = downtime
        self.stopFirstReason = stopFirstReason
    }
}
