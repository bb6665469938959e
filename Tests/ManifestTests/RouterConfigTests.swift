import Foundation
import Manifest
import Testing

/// The controller config's `router`: `type: none` (the default) or Caddy with its defaults. Broken values are in
/// ``ControllerCorpus``.
@Suite struct RouterConfigTests {
    private func router(_ body: String) throws -> RouterConfig {
        let text = ControllerCorpus.config(ControllerCorpus.repo + body)
        return try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(text.utf8))).router
    }

    @Test func noRouterIsTheDefault() throws {
        #expect(try router("") == .none)
        #expect(try router("router: {type: none}\n") == .none)
        #expect(try router("router: {}\n") == .none)
    }

    @Test func caddyTakesEveryDefault() throws {
        let settings = CaddySettings()
        #expect(try router("router: {type: caddy}\n") == .caddy(settings))
        #expect(settings.admin == "http://127.0.0.1:2019" && settings.manage && settings.image == "caddy:2")
        #expect(settings.listen == RouterListen(http: ":80", https: ":443") && settings.tls == .off)
    }

    @Test func aManagedCaddyWithACMEDecodes() throws {
        let config = try router(
            """
            router:
              type: caddy
              admin: "http://[::1]:2020/"
              manage: true
              image: registry.example.com/caddy:2.8
              listen: {http: "0.0.0.0:8080", https: "[::]:8443"}
              tls: {mode: acme, email: ops@example.com}

            """)
        let expected = CaddySettings(
            admin: "http://[::1]:2020", manage: true, image: "registry.example.com/caddy:2.8",
            listen: RouterListen(http: "0.0.0.0:8080", https: "[::]:8443"), tls: .acme(email: "ops@example.com"))
        #expect(config == .caddy(expected), "a trailing slash on the admin URL is dropped")
    }

    @Test func anExternalCaddyMayBeElsewhereAndServeOnlyHTTPS() throws {
        let config = try router(
            "router: {type: caddy, manage: false, admin: \"http://caddy.internal:2019\", listen: {http: null}, "
                + "tls: {mode: internal}}\n")
        let expected = CaddySettings(
            admin: "http://caddy.internal:2019", manage: false, listen: RouterListen(http: nil, https: ":443"),
            tls: .internal)
        #expect(config == .caddy(expected))
    }

    @Test func plainHTTPMayTurnHTTPSOffAndACMENeedsNoEmail() throws {
        #expect(
            try router("router: {type: caddy, listen: {https: null}, tls: {mode: off}}\n")
                == .caddy(CaddySettings(listen: RouterListen(http: ":80", https: nil))))
        #expect(
            try router("router: {type: caddy, tls: {mode: acme}}\n") == .caddy(CaddySettings(tls: .acme(email: nil))))
    }

    @Test(arguments: ["localhost", "127.0.0.1", "[::1]"])
    func aManagedCaddysAdminStaysOnLoopback(host: String) throws {
        let config = try router("router: {type: caddy, admin: \"http://\(host):2019\"}\n")
        #expect(config == .caddy(CaddySettings(admin: "http://\(host):2019")))
    }
}
