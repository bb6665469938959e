import Foundation
package import Logging
package import Manifest

/// A ``Router`` driven through Caddy's admin API (checked against Caddy 2.6.2).
///
/// berth owns `apps.http.servers.berth`, its routes with `@id` `berth-<deployment>`, and (with TLS on) one
/// automation policy `@id` `berth-tls` in `apps.tls.automation.policies`; every other part of Caddy's config is
/// left byte for byte as it was. Each change is one or two admin calls; Caddy applies a change by reloading its whole
/// config at once (a few milliseconds), so the next request already sees it. Caddy 2.6 on Linux opens fresh
/// `SO_REUSEPORT` listeners on each reload and closes the old ones: a connection that arrives at that instant may be
/// reset (measured: about one in fifty reloads under 200 new connections a second), so berth changes the config
/// only when something changed. The admin API wants `Content-Type: application/json` on bodies and a `Host` among
/// its allowed origins (the admin listen address: `127.0.0.1:2019`, `localhost:2019`), which the URL gives.
/// ```swift
/// let router = CaddyRouter(settings: CaddySettings(admin: "http://127.0.0.1:2019"), logger: logger)
/// try await router.ensureServer()
/// try await router.setRoute(RouterRoute(deployment: "web", host: "web.test", pathPrefix: "/",
///                                       upstream: "127.0.0.1:20001"))
/// try await router.switchUpstreams(of: "web", to: ["127.0.0.1:20002"])
/// ```
package final class CaddyRouter: Router {
    /// The name of berth's server under `apps.http.servers`.
    package static let serverName = "berth"
    /// The `@id` of berth's TLS automation policy.
    package static let tlsPolicyID = "berth-tls"
    /// The `@id` prefix of berth's routes.
    package static let routeIDPrefix = "berth-"

    package let settings: CaddySettings
    let logger: Logger
    private let client: Result<HTTPClient, RouterError>
    private let requestTimeout: Duration

    /// - Parameters:
    ///   - settings: the admin URL, listen addresses and TLS mode (`manage` and `image` are the reconciler's).
    ///   - requestTimeout: limit for one admin call (a config load with TLS may issue certificates first).
    package init(settings: CaddySettings, requestTimeout: Duration = .seconds(30), logger: Logger) {
        self.settings = settings
        self.logger = logger
        self.requestTimeout = requestTimeout
        let admin = settings.admin.hasSuffix("/") ? String(settings.admin.dropLast()) : settings.admin
        do {
            let endpoint = try HTTPEndpoint(dockerHost: admin)
            client = .success(HTTPClient(endpoint: endpoint, connectTimeout: .seconds(2), logger: logger))
        } catch {
            client = .failure(
                RouterError(
                    code: .invalidAdminURL, admin: settings.admin, request: "GET /config/",
                    message: "\(settings.admin) is not an http://host:port URL"))
        }
    }

    package var description: String { "Caddy at \(settings.admin)" }

    // MARK: Router

    package func ensureServer() async throws {
        let desired = serverSettings()
        switch try await serverObject() {
        case nil:
            try await createServer(routes: [])
        case let server?:
            let current = server.filter { desired.keys.contains($0.key) }
            let stale = ["automatic_https", "tls_connection_policies"].contains {
                server[$0] != nil && desired[$0] == nil
            }
            guard !stale, !CaddyJSON.equal(current, desired) else { return }
            logger.info("caddy server settings changed", metadata: ["router.server": "\(Self.serverName)"])
            let routes = server["routes"] as? [Any] ?? []
            try await createServer(routes: routes)
        }
        if settings.tls != .off {
            try await ensureTLSSubjects(adding: Set(try await routes().map(\.host)))
        }
    }

    package func routes() async throws -> [RouterRoute] {
        guard let bytes = try await fetchServer() else { return [] }
        let server: CaddyWire.Server
        do {
            server = try JSONDecoder().decode(CaddyWire.Server.self, from: Data(bytes))
        } catch {
            throw invalid("GET \(Self.serverPath)", "cannot read berth's server: \(error)")
        }
        return (server.routes ?? []).compactMap(\.berthRoute)
    }

    package func setRoute(_ route: RouterRoute) async throws {
        if settings.tls != .off {
            try await ensureTLSSubjects(adding: [route.host])
        }
        var server = try await serverObject()
        if server == nil {
            try await createServer(routes: [])
            server = ["routes": []]
        }
        let wire = CaddyWire.Route(route)
        let body = try CaddyJSON.encode(wire)
        guard let raw = server?["routes"] as? [Any] else {
            // A server without a `routes` key (Caddy leaves out what is empty): nothing to append to.
            let list = [try CaddyJSON.object(of: wire)]
            _ = try await call("PUT", "\(Self.serverPath)/routes", body: try CaddyJSON.encode(object: list))
            logRouteSet(route)
            return
        }
        let id = wire.id ?? ""
        let existing = raw.firstIndex { CaddyJSON.id(of: $0) == id }
        if let existing, let current = CaddyJSON.decodeRoute(raw[existing])?.berthRoute,
            current.host == route.host, current.pathPrefix == route.pathPrefix
        {
            // Same place in the order: replace the object where it is.
            _ = try await call("PATCH", "/id/\(id)", body: body)
        } else if let existing {
            // The host or prefix changed: the route moves. One PATCH of the whole list keeps it atomic.
            var others = raw
            others.remove(at: existing)
            let index = Self.insertionIndex(for: route, in: others)
            var list = others
            list.insert(try CaddyJSON.object(of: wire), at: index)
            _ = try await call("PATCH", "\(Self.serverPath)/routes", body: try CaddyJSON.encode(object: list))
        } else {
            let index = Self.insertionIndex(for: route, in: raw)
            if index < raw.count {
                _ = try await call("PUT", "\(Self.serverPath)/routes/\(index)", body: body)  // inserts before
            } else {
                _ = try await call("POST", "\(Self.serverPath)/routes", body: body)  // appends
            }
        }
        logRouteSet(route)
    }

    private func logRouteSet(_ route: RouterRoute) {
        logger.info(
            "caddy route set",
            metadata: [
                "deployment.name": "\(route.deployment)", "route.host": "\(route.host)",
                "route.path": "\(route.pathPrefix)", "route.upstream": "\(route.upstream)",
            ])
    }

    package func switchUpstreams(of deployment: String, to upstreams: [String]) async throws {
        let wanted = upstreams.sorted()
        let upstream = wanted.joined(separator: ", ")
        let handler = "/id/\(Self.routeIDPrefix)\(deployment)/handle/0"
        let path = handler + "/upstreams"
        do {
            // The whole handler: its retry settings follow the number of upstreams.
            _ = try await call("PATCH", handler, body: try CaddyJSON.encode(CaddyWire.Handler.proxy(to: wanted)))
        } catch let error as RouterError where error.status == 404 {
            throw RouterError(
                code: .routeMissing, admin: settings.admin, request: error.request, status: 404,
                message: "berth has no route for \(deployment) in Caddy (\(error.message))")
        }
        let readBack = try await call("GET", path)
        let held = try? JSONDecoder().decode([CaddyWire.Upstream].self, from: Data(readBack))
        guard let held, held.map(\.dial).sorted() == wanted else {
            throw RouterError(
                code: .readBackMismatch, admin: settings.admin, request: "GET \(path)",
                message: "expected upstream \(upstream), Caddy holds \(String(decoding: readBack, as: UTF8.self))")
        }
        logger.info(
            "caddy upstream switched", metadata: ["deployment.name": "\(deployment)", "route.upstream": "\(upstream)"])
    }

    package func removeRoute(of deployment: String) async throws {
        let current = try await routes()
        guard let removed = current.first(where: { $0.deployment == deployment }) else { return }
        do {
            _ = try await call("DELETE", "/id/\(Self.routeIDPrefix)\(deployment)")
        } catch let error as RouterError where error.status == 404 {
            return
        }
        logger.info("caddy route removed", metadata: ["deployment.name": "\(deployment)"])
        if !current.contains(where: { $0.deployment != deployment && $0.host == removed.host }) {
            try await removeTLSSubject(removed.host)
        }
    }

    /// The root certificate (PEM) of Caddy's local CA, from `GET /pki/ca/local` (`root_certificate`).
    package func localCARoot() async throws -> String {
        let bytes = try await call("GET", "/pki/ca/local")
        guard let info = try? JSONDecoder().decode(CaddyWire.CertificateAuthority.self, from: Data(bytes)),
            info.root_certificate.contains("BEGIN CERTIFICATE")
        else {
            throw invalid("GET /pki/ca/local", "no root_certificate in \(String(decoding: bytes, as: UTF8.self))")
        }
        return info.root_certificate
    }

    // MARK: Server

    static let serverPath = "/config/apps/http/servers/\(serverName)"

    /// The server's settings berth decides (everything but `routes`).
    func serverSettings() -> [String: Any] {
        var server: [String: Any] = [:]
        switch settings.tls {
        case .off:
            server["listen"] = [settings.listen.http].compactMap { $0 }
            server["automatic_https"] = ["disable": true]
        case .internal, .acme:
            server["listen"] = [settings.listen.https, settings.listen.http].compactMap { $0 }
            // TLS on every listener but Caddy's HTTP port (apps.http.http_port, 80), also on a non-443 port.
            server["tls_connection_policies"] = [[String: Any]()]
            if settings.listen.http == nil {
                // Without an HTTP listener Caddy would open one of its own on :80 for its redirects.
                server["automatic_https"] = ["disable_redirects": true]
            }
        }
        return server
    }

    /// Creates or replaces berth's server with ``serverSettings()`` and `routes`, creating `apps` and
    /// `apps.http` (and `servers`) when absent: `POST` replaces a server but cannot create its parents.
    private func createServer(routes: [Any]) async throws {
        var server = serverSettings()
        server["routes"] = routes
        do {
            _ = try await call("POST", Self.serverPath, body: try CaddyJSON.encode(object: server))
            return
        } catch let error as RouterError where Self.isMissingPath(error) {
            logger.debug("caddy has no apps.http yet", metadata: ["router.admin": "\(settings.admin)"])
        }
        // PUT creates a key only when it is absent: put the missing part under the deepest parent that exists.
        let servers: [String: Any] = [Self.serverName: server]
        if try await exists("/config/apps/http") {
            _ = try await call("PUT", "/config/apps/http/servers", body: try CaddyJSON.encode(object: servers))
        } else if try await exists("/config/apps") {
            _ = try await call("PUT", "/config/apps/http", body: try CaddyJSON.encode(object: ["servers": servers]))
        } else {
            let apps: [String: Any] = ["http": ["servers": servers]]
            _ = try await call("PUT", "/config/apps", body: try CaddyJSON.encode(object: apps))
        }
    }

    /// Whether the config holds a non-null value at `path`.
    private func exists(_ path: String) async throws -> Bool {
        do {
            let bytes = try await call("GET", path)
            return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) != "null"
        } catch let error as RouterError where Self.isMissingPath(error) {
            return false
        }
    }

    /// berth's server as raw bytes; nil when it (or a parent) is absent.
    private func fetchServer() async throws -> [UInt8]? {
        let bytes: [UInt8]
        do {
            bytes = try await call("GET", Self.serverPath)
        } catch let error as RouterError where Self.isMissingPath(error) {
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text == "null" || text.isEmpty ? nil : bytes
    }

    private func serverObject() async throws -> [String: Any]? {
        guard let bytes = try await fetchServer() else { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw invalid("GET \(Self.serverPath)", "berth's server is not a JSON object")
        }
        return object
    }

    /// Caddy's answer for a path whose parent does not exist: 400/500 "invalid traversal path".
    static func isMissingPath(_ error: RouterError) -> Bool {
        error.code == .rejected && error.message.contains("invalid traversal path")
    }

    /// Where a new route goes: before the first route for the same host with a shorter path prefix, else last,
    /// so that for one host a longer prefix always matches first and other hosts keep their order.
    static func insertionIndex(for route: RouterRoute, in routes: [Any]) -> Int {
        let length = CaddyWire.normalisedPrefix(route.pathPrefix).count
        for (index, raw) in routes.enumerated() {
            guard let other = CaddyJSON.decodeRoute(raw), other.hosts == [route.host] else { continue }
            if other.prefixLength < length { return index }
        }
        return routes.count
    }

    // MARK: Admin calls

    /// Sends one admin request and returns the body of a 2xx answer.
    /// - Throws: ``RouterError`` naming the admin URL, the request and Caddy's `error` text.
    func call(_ method: String, _ path: String, body: [UInt8]? = nil) async throws -> [UInt8] {
        let request = "\(method) \(path)"
        let client = try client.get()
        var headers: [(name: String, value: String)] = [("Accept", "application/json")]
        if body != nil { headers.append(("Content-Type", "application/json")) }
        let response: HTTPResponse
        let bytes: [UInt8]
        do {
            response = try await client.execute(
                HTTPRequest(
                    method: method, target: path, headers: headers, body: body.map { .bytes($0) } ?? .empty,
                    timeout: requestTimeout))
            bytes = try await response.body.collect(upTo: 32 << 20)
        } catch let error as HTTPTransportError {
            throw RouterError(
                code: error.kind == .unreachable || error.kind == .timedOut ? .unreachable : .rejected,
                admin: settings.admin, request: request, message: error.message)
        }
        guard (200..<300).contains(response.status) else {
            let text = String(decoding: bytes, as: UTF8.self)
            let message =
                (try? JSONDecoder().decode(CaddyWire.ErrorBody.self, from: Data(bytes)))?.error
                ?? text.trimmingCharacters(in: .whitespacesAndNewlines)
            throw RouterError(
                code: .rejected, admin: settings.admin, request: request, status: response.status,
                message: message.isEmpty ? "no error text" : message)
        }
        return bytes
    }

    func invalid(_ request: String, _ message: String) -> RouterError {
        RouterError(code: .invalidResponse, admin: settings.admin, request: request, message: message)
    }
}
