/// `runtime` in the controller config: what the controller runs a deployment as (DESIGN §13). Everything above the
/// runtime (plan, review, build, history, statuses, drift, API) is the same for both.
package enum ContainerRuntime: String, Sendable, Hashable, CaseIterable {
    /// Containers per generation on one engine. The default.
    case docker
    /// One Docker Swarm service per deployment, on a swarm manager's engine: replicas, placement and Swarm's
    /// rolling update (`spec.replicas`, `spec.placement`, `spec.rollout`).
    case swarm
}
