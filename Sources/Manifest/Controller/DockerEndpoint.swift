/// `docker`: how to reach the engine.
public struct DockerEndpoint: Sendable, Hashable {
    /// Client certificate files for `tcp://` with TLS.
    public struct TLSFiles: Sendable, Hashable {
        public var ca: String
        public var cert: String
        public var key: String
    }

    /// `unix:///path` or `tcp://host:port`. Default: `unix:///var/run/docker.sock`.
    public var host: String
    public var tls: TLSFiles?

    public static let `default` = DockerEndpoint(host: "unix:///var/run/docker.sock", tls: nil)
}
