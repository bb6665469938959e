/// The controller's `listen` setting, `host:port` or `[v6]:port`, split for the server to bind.
struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    let host: String
    let port: Int

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// `host:port`, `[v6]:port`.
    var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// - Throws: ``ControllerHTTPServer/ListenError`` naming `listen` when `text` has no host or no port 1-65535.
    init(_ text: String) throws(ControllerHTTPServer.ListenError) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (1...65535).contains(port)
        else { throw .init(listen: text) }
        let host = text[..<colon]
        let bracketed = host.hasPrefix("[") && host.hasSuffix("]") && host.count > 2
        self.host = String(bracketed ? host.dropFirst().dropLast() : host)
        self.port = port
        guard !self.host.isEmpty, bracketed || !self.host.contains(":") else { throw .init(listen: text) }
    }
}
