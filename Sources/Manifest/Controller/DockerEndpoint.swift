/// `docker`: how to reach the engine.
public struct DockerEndpoint: Sendable, Hashable {
    /// Client certificate files for `tcp://` with TLS.
    public struct TLSFiles: Sendable, Hashable {
        /// The CA certificate the engine's certificate is checked against.
        public var ca: String
        /// The client certificate.
        public var cert: String
        /// The client private key.
        public var key: String
    }

    /// `unix:///path` or `tcp://host:port`. Default: `unix:///var/run/docker.sock`.
    public var host: String
    /// Client TLS files, for `tcp://` only.
    public var tls: TLSFiles?

    /// The local engine's socket.
    public static let `default` = DockerEndpoint(host: "unix:///var/run/docker.sock", tls: nil)
}
