// temporary: moves to Manifest (the Manifest module's router settings land in parallel; this copy lets Drivers
// compile until then and is deleted at the merge).

/// How berth reaches and runs Caddy (`router:` in the controller config).
package struct CaddySettings: Sendable, Hashable {
    /// Caddy admin API base URL.
    package var admin: String
    /// berth runs Caddy as a container (the reconciler's concern, not the driver's).
    package var manage: Bool
    package var image: String
    package var listen: RouterListen
    package var tls: RouterTLS

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

/// The addresses berth's Caddy server listens on (`:80`, `127.0.0.1:8080`); nil leaves one out.
package struct RouterListen: Sendable, Hashable {
    package var http: String?
    package var https: String?

    package init(http: String? = ":80", https: String? = ":443") {
        self.http = http
        self.https = https
    }
}

/// How berth's server gets certificates: none, Caddy's own CA, or an ACME CA.
package enum RouterTLS: Sendable, Hashable {
    case off
    case `internal`
    case acme(email: String?)
}
