/// `router.tls`: how Caddy obtains certificates for the routed host names.
package enum RouterTLS: Sendable, Hashable {
    /// Plain HTTP on `listen.http` (the default).
    case off
    /// Caddy's own certificate authority; its root certificate is at the admin API's `/pki/ca/local`.
    case `internal`
    /// Production certificates from an ACME issuer (Let's Encrypt), with an optional account email.
    case acme(email: String?)
}
