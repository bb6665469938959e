import Foundation

/// The parts of Caddy's JSON config berth writes and reads (Caddy 2.6 field names).
enum CaddyWire {
    /// `apps.http.servers.<name>`: only its routes are read; everything else is kept as Caddy holds it.
    struct Server: Decodable {
        var routes: [Route]?
    }

    /// One route: `{"@id":"berth-web","match":[{"host":[...],"path":[...]}],"handle":[...],"terminal":true}`.
    struct Route: Codable {
        var id: String?
        var match: [Match]?
        var handle: [Handler]?
        var terminal: Bool?

        enum CodingKeys: String, CodingKey {
            case id = "@id"
            case match, handle, terminal
        }

        /// The route of `route`: a host matcher, a path matcher unless the prefix is `/`, one reverse proxy to its
        /// upstreams (``Handler/proxy(to:)``).
        init(_ route: RouterRoute) {
            id = CaddyRouter.routeIDPrefix + route.deployment
            let prefix = CaddyWire.normalisedPrefix(route.pathPrefix)
            let paths = prefix == "/" ? nil : [prefix, prefix + "/*"]
            match = [Match(host: route.host.isEmpty ? nil : [route.host], path: paths)]
            handle = [Handler.proxy(to: route.upstreams)]
            terminal = true
        }

        /// The hosts of the first matcher set.
        var hosts: [String] { match?.first?.host ?? [] }

        /// The path prefix the path matcher stands for: `/api` for `["/api", "/api/*"]`; `/` without one.
        var pathPrefix: String {
            guard let paths = match?.first?.path, let first = paths.first else { return "/" }
            let exact = paths.first { !$0.hasSuffix("*") } ?? first
            let trimmed = exact.hasSuffix("/*") ? String(exact.dropLast(2)) : exact
            return trimmed.isEmpty ? "/" : trimmed
        }

        /// How specific the path matcher is: longer prefixes go first.
        var prefixLength: Int { CaddyWire.normalisedPrefix(pathPrefix).count }

        /// The ``RouterRoute`` this is, when it is one of berth's (`@id` `berth-<deployment>`, a reverse proxy).
        var berthRoute: RouterRoute? {
            guard let id, id.hasPrefix(CaddyRouter.routeIDPrefix), id != CaddyRouter.tlsPolicyID,
                let upstreams = handle?.first?.upstreams, !upstreams.isEmpty
            else { return nil }
            return RouterRoute(
                deployment: String(id.dropFirst(CaddyRouter.routeIDPrefix.count)), host: hosts.first ?? "",
                pathPrefix: pathPrefix, upstreams: upstreams.map(\.dial))
        }
    }

    struct Match: Codable {
        var host: [String]?
        var path: [String]?
    }

    struct Handler: Codable {
        var handler: String
        var upstreams: [Upstream]?
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var load_balancing: LoadBalancing?

        /// A reverse proxy to `upstreams`; with more than one (the tasks of a swarm service), a request whose
        /// upstream refuses the connection (a task stopped since berth last read the task list) tries another. One
        /// upstream gets no retries: a stop-first gap shows as the gap it is.
        static func proxy(to upstreams: [String]) -> Handler {
            Handler(
                handler: "reverse_proxy", upstreams: upstreams.map { Upstream(dial: $0) },
                load_balancing: upstreams.count > 1 ? .retryingElsewhere : nil)
        }
    }

    /// `reverse_proxy`'s `load_balancing`: how long a request may keep trying upstreams that refuse it.
    struct LoadBalancing: Codable {
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var try_duration: String
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var try_interval: String

        /// A request whose upstream refuses the connection tries another for up to 5 s, every 100 ms.
        static let retryingElsewhere = LoadBalancing(try_duration: "5s", try_interval: "100ms")
    }

    struct Upstream: Codable, Equatable {
        var dial: String
    }

    /// `apps.tls.automation.policies[i]`, as far as berth reads it.
    struct Policy: Decodable {
        var subjects: [String]?
    }

    /// `GET /pki/ca/<id>`.
    struct CertificateAuthority: Decodable {
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var root_certificate: String
    }

    /// Caddy's error answers: `{"error": "..."}`.
    struct ErrorBody: Decodable {
        var error: String
    }

    /// `/api/` → `/api`, `` → `/`: a prefix with no trailing slash (except the root).
    static func normalisedPrefix(_ prefix: String) -> String {
        var text = prefix.hasPrefix("/") ? prefix : "/" + prefix
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        return text
    }
}

/// Untyped JSON for the parts of Caddy's config berth passes through unchanged (other routes, unknown keys).
enum CaddyJSON {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// Encodes a `JSONSerialization` value (dictionaries, arrays, strings, numbers, booleans).
    static func encode(object: Any) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }

    /// A typed value as a `JSONSerialization` value.
    static func object(of value: some Encodable) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(encode(value)))
    }

    /// The `@id` of a raw config object.
    static func id(of object: Any) -> String? {
        (object as? [String: Any])?["@id"] as? String
    }

    /// A raw route read as a ``CaddyWire/Route``; nil when it is not one.
    static func decodeRoute(_ object: Any) -> CaddyWire.Route? {
        guard let data = try? encode(object: object) else { return nil }
        return try? JSONDecoder().decode(CaddyWire.Route.self, from: Data(data))
    }

    /// Whether two raw values are the same JSON.
    static func equal(_ left: Any, _ right: Any) -> Bool {
        guard let left = try? encode(object: left), let right = try? encode(object: right) else { return false }
        return left == right
    }
}
