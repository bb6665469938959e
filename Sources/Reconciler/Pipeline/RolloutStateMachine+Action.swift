extension RolloutStateMachine {
    /// What to do next: write `notes` down (history and progress), then carry out `step`.
    struct Action: Hashable {
        var notes: [Note]
        var step: Step

        init(_ notes: [Note], _ step: Step) {
            self.notes = notes
            self.step = step
        }
    }

    /// The I/O one action asks for; each reports back through the event method named.
    enum Step: Hashable {
        /// Pull the deployment's image and resolve it again to the image id now on the engine (``pulled(_:)``).
        case pullImage
        /// Review the change (``reviewed(_:)``; a blocked change is ``failed(reason:_:result:)`` with `blocked`).
        case review
        /// Build the image or find it built (``built(image:_:)``).
        case build
        /// Create the deployment's named volumes (``volumesCreated()``).
        case createVolumes
        /// Stop a container with the deployment's grace period (``stopped()``).
        case stopContainer(id: String, grace: Duration)
        /// The checks that run right before the candidate is created: open sealed secrets, check host paths
        /// against the policy (``prepared()``).
        case prepareCandidate
        /// Create the candidate from `image`, allocating a host port outside `excludingPorts` when the manifest fixes
        /// none (``created(id:port:probeTarget:)``).
        case createCandidate(image: String, excludingPorts: Set<Int>)
        /// Start the candidate (``candidateStarted(elapsed:)``, or ``portTaken(_:)`` when its port was taken).
        case startCandidate(id: String)
        /// Wait on the clock (``timerFired()``).
        case wait(Duration)
        /// Check the candidate once: is it running, and does the declared check pass (``probed(_:elapsed:)``)?
        case probeCandidate(id: String)
        /// List the deployment's containers right before the swap: does the candidate still run, and which
        /// generations are there to retire (``checked(candidateExited:generations:)``)?
        case checkGenerations(candidate: String)
        /// Give a container a new name: the candidate its active one, the generation that served its `-previous`
        /// one, or that one its active name again (``renamed()``).
        case rename(id: String, to: String)
        /// Point the deployment's route at `127.0.0.1:port` and read it back (``routed()``).
        case routeTo(port: Int)
        /// Remove a stopped container (``removed()``).
        case removeContainer(id: String)
        /// Apply image retention (``imagesPruned(removed:)``).
        case pruneImages
        /// Keep the candidate's last output in history before it goes (``outputCollected()``).
        case collectOutput(id: String)
        /// Remove the candidate, running or not, by id or name; a missing one is removed already
        /// (``candidateRemoved()``).
        case removeCandidate(id: String)
        /// Start the generation `stop-first` stopped, or the `-previous` one a rollback returns to
        /// (``servingRestarted()``).
        case restartServing(id: String)
        /// Swarm runtime: create the deployment's service, or update it, to the new generation running `image`
        /// (``serviceDeployed(_:elapsed:)``).
        case deployService(image: String)
        /// Swarm runtime: read the service's update status and tasks once (``serviceObserved(_:elapsed:)``).
        case observeService
        /// Swarm runtime: check each of these tasks of the new generation once at its endpoint
        /// (``tasksProbed(_:elapsed:)``).
        case probeTasks([ServiceProgress.Endpoint])
        /// Swarm runtime: put the service back as it was before the rollout (``serviceRestored()``).
        case restoreService
        /// The rollout is over.
        case finish(Outcome)
    }

    /// Something to record before the step: a stage transition or an output line.
    enum Note: Hashable {
        case started(Stage)
        case ended(Stage, Ending)
        case failed(Stage, String)
        /// The rollout stops here because berth is stopping: not a failure.
        case interrupted(Stage, String)
        case output(Stage, String)
    }

    /// How a stage that did not fail ended.
    enum Ending: Hashable {
        case succeeded(String)
        case skipped(String)
    }

    /// What one check of the candidate found.
    enum ProbeResult: Hashable {
        case passed
        /// Why it failed, for the rollout log.
        case failed(String)
        /// Docker's own healthcheck has no verdict yet.
        case pending
        /// The container is not running: `exited with code 1`, `was killed for using too much memory`.
        case exited(String)
    }

    /// How the rollout ended.
    struct Outcome: Hashable {
        var result: Rollout.Result
        /// Why it did not succeed, or why the swap is incomplete.
        var failure: StageFailure?
        /// Where the new generation serves, when it does.
        var port: ServingPort?
        /// After a failed watch: the generation that serves again, which the deployment is pinned to.
        var restoredGeneration: Int? = nil
    }
}
