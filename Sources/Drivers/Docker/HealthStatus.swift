/// The result of a container's engine-native healthcheck.
public enum HealthStatus: String, Sendable, Hashable {
    case starting
    case healthy
    case unhealthy
}
