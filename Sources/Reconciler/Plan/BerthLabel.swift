/// The labels on every container berth creates (DESIGN §3): Docker is the truth for what runs.
public enum BerthLabel {
    public static let managed = "berth.managed"
    public static let deployment = "berth.deployment"
    public static let generation = "berth.generation"
    public static let specHash = "berth.spec-hash"
    public static let commit = "berth.commit"
    public static let configCommit = "berth.config-commit"
    public static let port = "berth.port"
}
