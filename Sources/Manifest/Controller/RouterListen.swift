/// `router.listen`: where Caddy's `berth` server accepts requests, each `[HOST]:PORT` (`:80`, `127.0.0.1:8080`,
/// `[::]:443`), or `nil` (null in the file) for not at all.
package struct RouterListen: Sendable, Hashable {
    /// Plain HTTP. Default: `:80`. Required with ``RouterTLS/off``.
    package var http: String?
    /// HTTPS, used only with TLS on. Default: `:443`. Required with ``RouterTLS/internal`` and
    /// ``RouterTLS/acme(email:)``.
    package var https: String?

    package init(http: String? = ":80", https: String? = ":443") {
        self.http = http
        self.https = https
    }
}
