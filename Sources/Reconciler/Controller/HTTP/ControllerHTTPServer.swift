package import Foundation
import Hummingbird
package import Logging
package import Manifest
package import ServiceLifecycle

/// `berth run`'s HTTP server on `listen` (DESIGN §6): webhooks, the API, `/metrics`, `/healthz` and `/readyz`.
///
/// A `Service`, so the controller runs it in its `ServiceGroup`; a graceful shutdown stops it taking
/// connections and lets requests in flight finish.
/// ```swift
/// let server = try ControllerHTTPServer(
///     listen: config.listen, actions: controller, apiToken: token, metrics: metrics, logger: logger)
/// let group = ServiceGroup(services: [controller, server], gracefulShutdownSignals: [.sigterm], logger: logger)
/// try await group.run()
/// ```
package struct ControllerHTTPServer: Service, CustomStringConvertible {
    /// The `listen` setting is not `host:port` with a port from 1 to 65535.
    package struct ListenError: Error, CustomStringConvertible {
        /// The value as configured.
        package let listen: String

        /// What is wrong, naming the `listen` setting and the shape it takes.
        package var description: String {
            "listen: \"\(listen)\" is not an address to listen on (host:port, e.g. 127.0.0.1:8088 or [::1]:8088)"
        }
    }

    /// The `listen` setting as configured.
    private let listen: String
    /// The host (name or address) the server binds.
    package let host: String
    /// The TCP port the server binds.
    package let port: Int
    private let application: Application<RouterResponder<BasicRequestContext>>

    /// - Parameters:
    ///   - listen: `host:port` or `[v6]:port`, the controller config's `listen`.
    ///   - actions: what the routes call.
    ///   - apiToken: the token read from `api.tokenFile` (surrounding white space is ignored); nil when none is
    ///     configured, which refuses sync and rollback with 403.
    ///   - metrics: served on `/metrics`; webhook requests are counted in it.
    ///   - logger: for the server and its requests; tokens and bodies are never logged.
    ///   - dashboard: who may read the dashboard at `/`, and how long a login lasts.
    ///   - version: berth's version, in the dashboard's footer.
    ///   - now: the clock dashboard logins expire by (a test's own in tests).
    /// - Throws: ``ListenError`` when `listen` is not `host:port`.
    package init(
        listen: String, actions: any ControllerActions, apiToken: String?, metrics: ControllerMetrics, logger: Logger,
        dashboard: DashboardSettings = .default, version: String = "dev",
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        let address = try ListenAddress(listen)
        self.listen = listen
        host = address.host
        port = address.port
        let token = BearerTokenCheck(token: apiToken)
        let routes = ControllerRoutes(
            actions: actions, token: token, metrics: metrics, logger: logger,
            dashboard: try Dashboard(
                actions: actions, token: token, settings: dashboard, version: version, logger: logger, now: now))
        application = Application(
            router: routes.router(),
            configuration: .init(address: .hostname(address.host, port: address.port)),
            logger: logger
        )
    }

    /// Binds the address for a moment and lets it go, so `berth run` can say why the server would fail before
    /// anything starts that would then be cancelled.
    /// - Returns: the address the server will bind, its host resolved to a number (`localhost` → `127.0.0.1`).
    /// - Throws: ``BindError`` when the host does not resolve or the address cannot be bound (in use, not this
    ///   machine's, privileged).
    package func checkBindable() throws(BindError) -> String {
        let address = try ListenAddress(host: host, port: port).resolved()
        do {
            try address.checkBindable()
        } catch {
            throw BindError(listen: listen, code: error.code)
        }
        return address.description
    }

    /// Serves until the task is cancelled or a graceful shutdown is triggered.
    /// - Throws: ``BindError`` when the address cannot be bound (taken since ``init``, say).
    package func run() async throws {
        logger.info("http server starting", metadata: ["http.listen": "\(description)"])
        do {
            try await application.run()
        } catch {
            // The server's own error is `bind(descriptor:ptr:bytes:) ... (errno: 98)`: say it in words if binding
            // is what fails.
            _ = try checkBindable()
            throw error
        }
    }

    /// `host:port` as configured.
    package var description: String { ListenAddress(host: host, port: port).description }

    private var logger: Logger { application.logger }
}
