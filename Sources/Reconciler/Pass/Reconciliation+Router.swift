import Drivers
import Foundation
import Logging
import Manifest

extension Reconciliation {
    /// Before a pass that may change things: with `router.manage`, runs berth's Caddy container (``ManagedRouter``),
    /// then makes berth's server exist in the router, waiting up to ``routerStartLimit`` for a Caddy just started to
    /// answer. Never throws: returns what went wrong (also logged); routed rollouts then fail at the swap and leave
    /// what serves as it is, and the next pass tries again.
    package func prepareRouter() async -> String? {
        guard let router = environment.router, case .caddy(let settings) = environment.controller.router else {
            return nil
        }
        let logger = environment.logger
        if let problem = ConnectionMigration.enable() { logger.warning("router: \(problem)") }
        if settings.manage {
            let managed = ManagedRouter(
                engine: environment.engine, settings: settings, stateDir: environment.controller.stateDir,
                logger: logger)
            do {
                if let done = try await managed.ensure() { logger.notice("router: \(done)") }
            } catch {
                logger.error("router: cannot run \(ManagedRouter.containerName): \(error)")
                return "cannot run \(ManagedRouter.containerName): \(error)"
            }
        }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: Self.routerStartLimit)
        while true {
            do {
                try await router.ensureServer()
                return nil
            } catch {
                guard clock.now < deadline, (try? await clock.sleep(for: .milliseconds(100))) != nil else {
                    logger.error("router: \(error)")
                    return "\(error)"
                }
            }
        }
    }

    /// How long a router just started may take to answer its admin API.
    static let routerStartLimit = Duration.seconds(10)
}
