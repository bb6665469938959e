import Manifest
import Foundation
import Logging
import Testing

@testable import Drivers

/// What ``CaddyRouter`` writes for each setting, without a Caddy (ACME cannot be reached here).
@Suite struct CaddyRouterConfigTests {
    let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    func json(_ value: Any) throws -> String {
        String(decoding: try CaddyJSON.encode(object: value), as: UTF8.self)
    }

    @Test func aRouteIsAHostAndPathMatcherWithOneReverseProxy() throws {
        let api = CaddyWire.Route(
            RouterRoute(deployment: "web", host: "web.test", pathPrefix: "/api/", upstream: "127.0.0.1:20001"))
        #expect(
            String(decoding: try CaddyJSON.encode(api), as: UTF8.self)
                == #"{"@id":"berth-web","handle":[{"handler":"reverse_proxy","upstreams":[{"dial":"127.0.0.1:20001"}]}],"#
                + #""match":[{"host":["web.test"],"path":["/api","/api/*"]}],"terminal":true}"#)
        #expect(api.berthRoute?.pathPrefix == "/api")
        let root = CaddyWire.Route(RouterRoute(deployment: "web", host: "web.test", pathPrefix: "/", upstream: "u:1"))
        #expect(root.match?.first?.path == nil)
        #expect(root.berthRoute == RouterRoute(deployment: "web", host: "web.test", pathPrefix: "/", upstream: "u:1"))
    }

    @Test func aRouteToSeveralUpstreamsRetriesARefusedConnectionOnAnother() throws {
        let tasks = CaddyWire.Route(
            RouterRoute(deployment: "web", host: "web.test", pathPrefix: "/", upstreams: ["10.0.0.2:30002", "127.0.0.1:30001"]))
        #expect(
            String(decoding: try CaddyJSON.encode(tasks.handle), as: UTF8.self)
                == #"[{"handler":"reverse_proxy","load_balancing":{"try_duration":"5s","try_interval":"100ms"},"#
                + #""upstreams":[{"dial":"10.0.0.2:30002"},{"dial":"127.0.0.1:30001"}]}]"#)
        #expect(tasks.berthRoute?.upstreams == ["10.0.0.2:30002", "127.0.0.1:30001"])
    }

    @Test func serverSettingsFollowTheTLSMode() throws {
        func router(_ tls: RouterTLS, http: String? = ":80") -> CaddyRouter {
            CaddyRouter(
                settings: CaddySettings(listen: RouterListen(http: http, https: ":443"), tls: tls), logger: logger)
        }
        #expect(try json(router(.off).serverSettings()) == #"{"automatic_https":{"disable":true},"listen":[":80"]}"#)
        #expect(
            try json(router(.internal).serverSettings()) == #"{"listen":[":443",":80"],"tls_connection_policies":[{}]}"#
        )
        #expect(
            try json(router(.internal, http: nil).serverSettings())
                == #"{"automatic_https":{"disable_redirects":true},"listen":[":443"],"tls_connection_policies":[{}]}"#)
    }

    @Test func theTLSPolicyNamesItsIssuer() throws {
        let acme = CaddyRouter(settings: CaddySettings(tls: .acme(email: "ops@example.com")), logger: logger)
        #expect(
            try json(acme.tlsPolicy(subjects: ["web.example.com"]))
                == #"{"@id":"berth-tls","issuers":[{"email":"ops@example.com","module":"acme"}],"#
                + #""subjects":["web.example.com"]}"#)
        let anonymous = CaddyRouter(settings: CaddySettings(tls: .acme(email: nil)), logger: logger)
        #expect(try json(anonymous.tlsPolicy(subjects: ["a"])).contains(#""issuers":[{"module":"acme"}]"#))
        let local = CaddyRouter(settings: CaddySettings(tls: .internal), logger: logger)
        #expect(try json(local.tlsPolicy(subjects: ["a"])).contains(#""issuers":[{"module":"internal"}]"#))
    }

    @Test func aLongerPrefixOfTheSameHostGoesBeforeAShorterOne() throws {
        let routes: [Any] = try [
            ("a", "a.test", "/api"), ("b", "b.test", "/"), ("c", "a.test", "/"),
        ].map {
            try CaddyJSON.object(
                of: CaddyWire.Route(RouterRoute(deployment: $0.0, host: $0.1, pathPrefix: $0.2, upstream: "u:1")))
        }
        func index(_ host: String, _ prefix: String) -> Int {
            CaddyRouter.insertionIndex(
                for: RouterRoute(deployment: "x", host: host, pathPrefix: prefix, upstream: "u:1"), in: routes)
        }
        #expect(index("a.test", "/api/v2") == 0)
        #expect(index("a.test", "/app") == 2)
        #expect(index("a.test", "/") == 3)
        #expect(index("b.test", "/docs") == 1)
        #expect(index("c.test", "/") == 3)
    }
}
