/// `docker`: how to reach the engine.
package struct DockerEndpoint: Sendable, Hashable {
    /// Client certificate files for `tcp://` with TLS.
    package struct TLSFiles: Sendable, Hashable {
        /// The CA certificate the engine's certificate is checked against.
        package var ca: String
        /// The client certificate.
        package var cert: String
        /// The client private key.
        package var key: String
    }

    /// `unix:///path` or `tcp://host:port`. Default: `unix:///var/run/docker.sock`.
    package var host: String
    /// Client TLS files, for `tcp://` only.
    package var tls: TLSFiles?

    /// The local engine's socket.
    package static let `default` = DockerEndpoint(host: "unix:///var/run/docker.sock", tls: nil)
}
