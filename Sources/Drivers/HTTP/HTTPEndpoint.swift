/// Where an HTTP server listens: a unix socket, plain TCP, or TCP with TLS (Docker's `tcp://host:2376` + `tls`).
///
/// ```swift
/// let local = HTTPEndpoint.unixSocket("/var/run/docker.sock")
/// let remote = try HTTPEndpoint(dockerHost: "tcp://build-1:2376",
///                               tls: .init(caFile: "/etc/berth/ca.pem", certFile: "cert.pem", keyFile: "key.pem"))
/// ```
package struct HTTPEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// Files for a TLS connection: the CA that signed the server, and optionally a client certificate and key.
    package struct TLS: Sendable, Hashable {
        package var caFile: String?
        package var certFile: String?
        package var keyFile: String?

        package init(caFile: String? = nil, certFile: String? = nil, keyFile: String? = nil) {
            self.caFile = caFile
            self.certFile = certFile
            self.keyFile = keyFile
        }
    }

    /// A `host:port` that could not be understood.
    package struct ParseError: Error, Sendable, CustomStringConvertible {
        package let text: String
        package var description: String {
            "\(text) is not a Docker host (expected unix:///path/to.sock, tcp://host:port or https://host:port)"
        }
    }

    /// The unix socket path, when the server listens on one.
    package let unixSocketPath: String?
    /// `http://host:port` or `https://host:port` (`http://localhost` for a unix socket): what URLs start with.
    package let baseURL: String
    /// TLS files, when ``baseURL`` is `https`.
    package let tls: TLS?

    /// A server on a unix socket.
    package static func unixSocket(_ path: String) -> HTTPEndpoint {
        HTTPEndpoint(unixSocketPath: path, baseURL: "http://localhost", tls: nil)
    }

    /// A server on plain TCP.
    package static func tcp(host: String, port: Int) -> HTTPEndpoint {
        HTTPEndpoint(unixSocketPath: nil, baseURL: "http://\(bracketed(host)):\(port)", tls: nil)
    }

    /// A server on TCP with TLS.
    package static func https(host: String, port: Int, tls: TLS = TLS()) -> HTTPEndpoint {
        HTTPEndpoint(unixSocketPath: nil, baseURL: "https://\(bracketed(host)):\(port)", tls: tls)
    }

    /// Parses a Docker host string: `unix:///var/run/docker.sock`, `tcp://host:2375`, `https://host:2376`.
    /// - Parameter tls: with `tcp://`, TLS files turn the connection into HTTPS (Docker's `--tlsverify`).
    /// - Throws: ``ParseError`` when the text is none of these.
    package init(dockerHost text: String, tls: TLS? = nil) throws(ParseError) {
        if text.hasPrefix("unix://") {
            let path = String(text.dropFirst("unix://".count))
            guard path.hasPrefix("/") else { throw ParseError(text: text) }
            self = .unixSocket(path)
            return
        }
        let scheme: String
        if text.hasPrefix("tcp://") {
            scheme = tls == nil ? "http" : "https"
        } else if text.hasPrefix("https://") {
            scheme = "https"
        } else if text.hasPrefix("http://") {
            scheme = "http"
        } else {
            throw ParseError(text: text)
        }
        let authority = text.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init)
        guard let authority, let colon = authority.lastIndex(of: ":"),
            let port = Int(authority[authority.index(after: colon)...]), (1...65535).contains(port),
            !authority.contains("@")
        else { throw ParseError(text: text) }
        let host = String(authority[..<colon])
        self = scheme == "https" ? .https(host: host, port: port, tls: tls ?? TLS()) : .tcp(host: host, port: port)
    }

    /// `unix:///var/run/docker.sock` or the base URL: how errors and logs name the endpoint.
    package var description: String {
        unixSocketPath.map { "unix://\($0)" } ?? baseURL
    }

    private init(unixSocketPath: String?, baseURL: String, tls: TLS?) {
        self.unixSocketPath = unixSocketPath
        self.baseURL = baseURL
        self.tls = tls
    }

    private static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }
}
