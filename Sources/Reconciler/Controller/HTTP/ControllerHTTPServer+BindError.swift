#if canImport(Glibc)
import Glibc
#endif
import Drivers

extension ControllerHTTPServer {
    /// The `listen` address cannot be bound: which address, why in words (never `errno 98`), and what to do.
    package struct BindError: ActionableError, Sendable {
        /// `host:port` as configured.
        package let listen: String
        /// The `errno` of the failed `bind` (or `getaddrinfo`'s failure as `EADDRNOTAVAIL`).
        package let code: Int32

        package init(listen: String, code: Int32) {
            self.listen = listen
            self.code = code
        }

        package var field: String? { "listen" }

        package var summary: String {
            switch code {
            case EADDRINUSE: "listen: \(listen) is already in use"
            case EACCES, EPERM: "listen: \(listen) needs privileges to bind (a port below 1024)"
            case EADDRNOTAVAIL: "listen: \(listen) is not an address of this machine"
            default: "listen: \(listen) cannot be bound: \(SystemErrorText.words(code))"
            }
        }

        package var hint: String? {
            switch code {
            case EADDRINUSE:
                "stop what holds it (ss -ltnp shows it; another berth run?) or choose another listen address"
            case EACCES, EPERM: "choose a port above 1024, or run berth as root"
            default: "choose another listen address (e.g. 127.0.0.1:8088)"
            }
        }
    }
}

extension ListenAddress {
    /// This address with its host resolved to the numeric address a bind uses (`localhost` → `127.0.0.1`), so
    /// what berth prints is what it binds.
    /// - Throws: ``ControllerHTTPServer/BindError`` when the host does not resolve.
    func resolved() throws(ControllerHTTPServer.BindError) -> ListenAddress {
        try withAddress { address, length in
            var text = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            guard getnameinfo(address, length, &text, socklen_t(text.count), nil, 0, NI_NUMERICHOST) == 0 else {
                return self
            }
            let host = text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return ListenAddress(host: String(decoding: host, as: UTF8.self), port: port)
        }
    }

    /// Binds the address for a moment and lets it go: a bind that fails here fails the server too, so `berth run`
    /// can say why before anything starts.
    /// - Throws: ``ControllerHTTPServer/BindError`` with the `errno` of the failure.
    func checkBindable() throws(ControllerHTTPServer.BindError) {
        let code: Int32 = try withAddress { address, length in
            let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
            let descriptor = socket(Int32(address.pointee.sa_family), type, 0)
            guard descriptor >= 0 else { return errno }
            defer { close(descriptor) }
            var on: Int32 = 1
            _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
            return bind(descriptor, address, length) == 0 ? 0 : errno
        }
        guard code == 0 else { throw ControllerHTTPServer.BindError(listen: description, code: code) }
    }

    /// Runs `body` with the first address `getaddrinfo` gives for this host and port.
    private func withAddress<Result>(
        _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
    ) throws(ControllerHTTPServer.BindError) -> Result {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list, let address = first.pointee.ai_addr
        else { throw ControllerHTTPServer.BindError(listen: description, code: EADDRNOTAVAIL) }
        defer { freeaddrinfo(list) }
        return body(address, first.pointee.ai_addrlen)
    }
}
