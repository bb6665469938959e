/// One rollout to run: the resolved deployment and what runs now.
package struct RolloutRequest: Sendable {
    /// The earlier generation `berth rollback` restores: the request's target is that generation's recorded
    /// deployment, run from the image it ran (kept by `imageRetention`) instead of a new build.
    package struct RestoredGeneration: Sendable, Hashable {
        /// The image reference or id to create the container from.
        package let image: String
        package let appCommit: String
        package let specHash: String
        /// The generation it comes from.
        package let generation: Int
        /// Where its settings come from, when not from its own record in history: a generation rolled out before
        /// berth kept one is restored from its manifest at the config commit that rolled it out.
        package let settingsSource: String?

        package init(image: String, appCommit: String, specHash: String, generation: Int, settingsSource: String? = nil) {
            self.image = image
            self.appCommit = appCommit
            self.specHash = specHash
            self.generation = generation
            self.settingsSource = settingsSource
        }
    }

    package var target: ResolvedDeployment
    package var configCommit: String
    /// The active container: the generation that serves now (`stop-first` stops it first, and starts it again
    /// when the rollout fails).
    package var active: ActualContainer?
    /// Every container of the deployment as listed right before the rollout: the swap stops and removes each one
    /// that is not a candidate, so no older generation outlives a rollout that succeeded (``active`` is retired
    /// whether or not it is listed here).
    package var generations: [ActualContainer]
    /// The highest generation Docker shows for the deployment (history may have been lost).
    package var highestGeneration: Int
    /// Host ports other berth containers claim (`berth.port`).
    package var claimedPorts: Set<Int>
    /// Set by `berth rollback`.
    package var restoring: RestoredGeneration?

    package init(
        target: ResolvedDeployment, configCommit: String, active: ActualContainer?, highestGeneration: Int,
        claimedPorts: Set<Int>, restoring: RestoredGeneration? = nil, generations: [ActualContainer] = []
    ) {
        self.target = target
        self.configCommit = configCommit
        self.active = active
        self.highestGeneration = highestGeneration
        self.claimedPorts = claimedPorts
        self.restoring = restoring
        self.generations = generations
    }
}
