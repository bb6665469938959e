/// `router` with `type: caddy`: how berth reaches Caddy, whether it runs Caddy itself, and what Caddy serves.
package struct CaddySettings: Sendable, Hashable {
    /// Caddy's admin API base URL: `http://HOST:PORT`, no path. With ``manage`` the host is loopback
    /// (`127.0.0.1`, `::1` or `localhost`). Default: `http://127.0.0.1:2019`.
    package var admin: String
    /// `true` (the default): berth runs Caddy as a container labelled `berth.role=router`, with host networking.
    /// `false`: berth drives a Caddy that runs already.
    package var manage: Bool
    /// The managed container's image (a valid image reference). Default: `caddy:2`.
    package var image: String
    /// The addresses Caddy's `berth` server listens on.
    package var listen: RouterListen
    /// How certificates are obtained. Default: ``RouterTLS/off`` (plain HTTP).
    package var tls: RouterTLS

    /// `router.admin` when the config leaves it out.
    package static let defaultAdmin = "http://127.0.0.1:2019"
    /// `router.image` when the config leaves it out.
    package static let defaultImage = "caddy:2"

    package init(
        admin: String = "http://127.0.0.1:2019", manage: Bool = true, image: String = "caddy:2",
        listen: RouterListen = .init(), tls: RouterTLS = .off
    ) {
        self.admin = admin
        self.manage = manage
        self.image = image
        self.listen = listen
        self.tls = tls
    }
}

extension CaddySettings {
    /// Where clients reach `host` through this router: `https://` with TLS on, else `http://`, with the listen
    /// port when it is not the scheme's own (`http://7-web.preview.example.com:8080`).
    package func url(of host: String) -> String {
        let (scheme, listen, standard) = tls == .off ? ("http", listen.http, "80") : ("https", listen.https, "443")
        let port = listen.flatMap { $0.split(separator: ":").last.map(String.init) } ?? standard
        return "\(scheme)://\(host)" + (port == standard ? "" : ":\(port)")
    }
}
