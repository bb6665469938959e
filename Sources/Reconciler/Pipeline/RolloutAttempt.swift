import Drivers
import Logging
import Synchronization

/// One rollout under way in ``Pipeline``: its request, history row and recorder, and what the shell learnt on the
/// way that later steps need (the deployment as its pull resolved it, the opened secrets, the candidate's port,
/// the create request history keeps).
final class RolloutAttempt: Sendable {
    let request: RolloutRequest
    let rollout: Rollout
    let recorder: StageRecorder
    private let learnt = Mutex<
        (target: ResolvedDeployment?, secrets: [String: String], port: ServingPort?, created: RecordedContainer?)
    >((nil, [:], nil, nil))

    /// Swarm runtime: what deploying the service did, once it did it (an undo puts it back), and the task endpoints
    /// the route was last pointed at.
    private let deployed = Mutex<(change: SwarmRuntime.Change?, routed: [String])>((nil, []))

    init(request: RolloutRequest, rollout: Rollout, recorder: StageRecorder) {
        self.request = request
        self.rollout = rollout
        self.recorder = recorder
    }

    /// What the rollout deploys: the request's target, or what the resolve stage's pull resolved it to.
    var target: ResolvedDeployment {
        get { learnt.withLock { $0.target } ?? request.target }
        set { learnt.withLock { $0.target = newValue } }
    }
    var candidate: String { ContainerName.candidate(target.name, generation: rollout.generation) }
    var activeName: String { ContainerName.active(target.name, generation: rollout.generation) }

    /// `secretEnv` opened with the controller's key, in memory only, once ``Pipeline`` prepared the candidate.
    var secrets: [String: String] {
        get { learnt.withLock { $0.secrets } }
        set { learnt.withLock { $0.secrets = newValue } }
    }

    /// Where the candidate serves, once created.
    var port: ServingPort? {
        get { learnt.withLock { $0.port } }
        set { learnt.withLock { $0.port = newValue } }
    }

    /// The create request of the candidate, secrets sealed, once created (the last one, when a taken port made
    /// berth create another).
    var created: RecordedContainer? {
        get { learnt.withLock { $0.created } }
        set { learnt.withLock { $0.created = newValue } }
    }

    /// Swarm runtime: what deploying the service did, once it did it.
    var serviceChange: SwarmRuntime.Change? {
        get { deployed.withLock { $0.change } }
        set { deployed.withLock { $0.change = newValue } }
    }

    /// Swarm runtime: the task endpoints the deployment's route was last pointed at during the rollout.
    var routedTasks: [String] {
        get { deployed.withLock { $0.routed } }
        set { deployed.withLock { $0.routed = newValue } }
    }

    /// Log metadata naming the rollout.
    var metadata: Logger.Metadata {
        [
            "deployment.name": "\(target.name)", "rollout.id": "\(rollout.id ?? 0)",
            "generation": "\(rollout.generation)",
        ]
    }
}
