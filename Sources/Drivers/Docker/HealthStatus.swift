/// The result of a container's engine-native healthcheck.
package enum HealthStatus: String, Sendable, Hashable {
    case starting
    case healthy
    case unhealthy
}
