extension RolloutStateMachine {
    /// Where the rollout is.
    enum State: Hashable {
        case initial
        /// The resolve stage pulls the image.
        case pulling
        case reviewing
        case building
        case creatingVolumes
        /// `stop-first`: stopping the first of the running generations left, before the candidate.
        case stoppingFirst([Generation])
        case preparing
        case creating(attempt: Int, excludedPorts: Set<Int>)
        case startingCandidate
        /// Swarm runtime: creating or updating the service to the new generation.
        case deployingService
        /// Swarm runtime: looking at the service while Swarm rolls its tasks, or waiting for the next look.
        case followingService(ServiceFollow)
        case waitingForService(ServiceFollow)
        /// Swarm runtime: probing the new generation's tasks at their endpoints, or waiting for the next round.
        case probingTasks(HealthProgress)
        case waitingToProbeTasks(HealthProgress)
        /// Removing a candidate whose port was taken, before creating another.
        case discardingCandidate
        /// Waiting out the settle time of a deployment without a health check.
        case settling
        /// Listing the deployment right before the swap: the candidate must still run, and the generations
        /// listed are the ones the swap retires.
        case checkingBeforeSwap
        case probing(HealthProgress)
        case waitingToProbe(HealthProgress)
        /// Behind a router: pointing the route at the candidate and reading it back, before the rename.
        case routing
        case renaming
        /// With a watch: renaming the generation that served `-previous`; `others` are retired after it.
        case keepingPrevious(others: [Generation])
        /// With a watch and no router: stopping the `-previous` generation (nothing else keeps traffic off it).
        case stoppingPrevious(others: [Generation])
        /// Behind a router: the generations that served answer in-flight requests before they stop.
        case draining([Generation])
        /// Retiring the first of the generations left; `stopping` while it is being stopped, else being removed.
        case retiring([Generation], stopping: Bool)
        /// The watch after cutover: checking the new generation, or waiting for the next check.
        case watching(WatchProgress)
        case waitingToWatch(WatchProgress)
        /// The watch ended healthy: stopping (`stopping`) or removing the `-previous` generation.
        case removingPrevious(stopping: Bool)
        /// The watch failed: traffic goes back to the previous generation, step by step.
        case rollingBack(RollBack)
        case pruning
        case undoing(Undo)
        case finished

        /// The stage of DESIGN §5 this state belongs to.
        var stage: Stage {
            switch self {
            case .initial, .pulling: .resolve
            case .reviewing: .review
            case .building: .build
            case .creatingVolumes, .stoppingFirst, .preparing, .creating, .startingCandidate, .discardingCandidate,
                .deployingService:
                .start
            case .settling, .checkingBeforeSwap, .probing, .waitingToProbe, .followingService, .waitingForService,
                .probingTasks, .waitingToProbeTasks:
                .health
            case .routing, .renaming, .keepingPrevious, .stoppingPrevious, .draining, .retiring: .swap
            case .watching, .waitingToWatch, .removingPrevious, .rollingBack: .watch
            case .pruning, .finished: .report
            case .undoing(let undo): undo.failure.stage
            }
        }
    }

    /// The candidate once created.
    struct Candidate: Hashable {
        let id: String
        let port: ServingPort
        /// Where the health check goes, in words: `http://127.0.0.1:20001/healthz`.
        let probeTarget: String
        /// Which creation attempt made it (1 to ``RolloutStateMachine/portAttempts``).
        let attempt: Int
        /// Ports taken in earlier attempts.
        let excludedPorts: Set<Int>
    }

    /// Checks so far in the health stage.
    struct HealthProgress: Hashable {
        /// How long the rollout had run when health began: the deadline counts from here.
        let startedAt: Duration
        var checks = 0
        /// Passes in a row.
        var passes = 0
        var lastFailure = "no check finished"
    }

    /// Undoing after a failure or an interruption.
    struct Undo: Hashable {
        let failure: StageFailure
        var steps: [UndoStep]
    }

    enum UndoStep: Hashable {
        /// Point the route back at the generation that served (its port).
        case restoreRoute(port: Int)
        case collectOutput(String)
        case removeCandidate(String)
        case restartServing(Generation)
        /// Swarm runtime: put the service back as it was before the rollout (remove it when the rollout created it).
        case restoreService
    }

    /// Where the watch after cutover is.
    enum WatchPhase: Hashable {
        case notBegun
        case underWay
        /// It ended (healthy, cut short or failed): what is left is removing `-previous` and the report.
        case passed
    }

    /// Checks so far in the watch.
    struct WatchProgress: Hashable {
        /// How long the rollout had run at the first check: the window counts from here.
        var startedAt: Duration?
        var checks = 0
        /// Failed checks in a row.
        var failures = 0
    }

    /// Rolling back after a failed watch.
    struct RollBack: Hashable {
        let failure: StageFailure
        var steps: [RollBackStep]
        /// Traffic could not go back: what is left puts the new generation back in service.
        var abandoned = false
        /// Whether stopping the new generation was asked for.
        var stoppedNew = false
    }

    enum RollBackStep: Hashable {
        case routeTo(port: Int)
        case stopNew(String)
        /// Start the new generation again (an abandoned rollback that had stopped it).
        case startNew(String)
        case startPrevious(String)
        case removeNew(String)
        case renamePrevious(id: String, to: String)
    }
}
