package import Review
package import Logging
package import Manifest

/// The review stage's implementation: runs the chosen reviewers on a change (concurrently, each verdict cached),
/// and applies the ``ReviewGate``. The pipeline uses it through ``ReviewStep``; `berth review` calls
/// ``run(_:reviewers:gate:)`` with a policy of its own.
///
/// ```swift
/// let runner = ReviewRunner(controller: controller, logger: logger)
/// let outcome = await runner.run(request, reviewers: ["static", "llm"], gate: ReviewGate(spec: spec, settings: controller.review))
/// ```
package struct ReviewRunner: ReviewStep {
    package let factory: ReviewerFactory
    package let settings: ReviewSettings
    /// Where verdicts are kept; nil to review every time.
    package let cache: ReviewVerdictCache?
    private let logger: Logger

    package init(factory: ReviewerFactory, settings: ReviewSettings, cache: ReviewVerdictCache?, logger: Logger) {
        self.factory = factory
        self.settings = settings
        self.cache = cache
        self.logger = logger
    }

    /// The controller's reviewers and review settings, verdicts cached under its state dir.
    package init(controller: ControllerConfig, logger: Logger) {
        self.init(
            factory: ReviewerFactory(configs: controller.reviewers, logger: logger), settings: controller.review,
            cache: ReviewVerdictCache(stateDirectory: controller.stateDir), logger: logger)
    }

    /// The reviewers of a manifest that names none: `review.defaultReviewers`, else ``ReviewerFactory/defaultSet``.
    package var defaultReviewers: [String] { settings.defaultReviewers ?? factory.defaultSet }

    package func review(_ request: ReviewRequest, spec: ReviewSpec) async -> ReviewStepResult {
        let names = spec.reviewers ?? defaultReviewers
        let outcome = await run(request, reviewers: names, gate: ReviewGate(spec: spec, settings: settings))
        return outcome.isBlocked
            ? .blocked(outcome.summary, findings: outcome.findings)
            : .passed(outcome.summary, warnings: outcome.findings)
    }

    /// Runs `reviewers` (names from the controller config) on `request` and lets `gate` decide.
    package func run(_ request: ReviewRequest, reviewers names: [String], gate: ReviewGate) async -> ReviewOutcome {
        guard gate.policy != .off else { return gate.decide([]) }
        return gate.decide(await results(of: names, on: request))
    }

    /// Each named reviewer's result on `request`, in the order of `names`; the reviewers run concurrently.
    package func results(of names: [String], on request: ReviewRequest) async -> [ReviewerResult] {
        await withTaskGroup(of: Placed.self) { group in
            for (index, name) in names.enumerated() {
                group.addTask { Placed(index: index, result: await result(of: name, on: request)) }
            }
            var results: [Placed] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.index < $1.index }.map(\.result)
        }
    }

    /// A reviewer's result and the place of its name in the order asked for.
    private struct Placed: Sendable {
        let index: Int
        let result: ReviewerResult
    }

    /// One reviewer's report, from the cache or fresh; an error becomes a ``ReviewerResult/failed(reviewer:reason:)``.
    private func result(of name: String, on request: ReviewRequest) async -> ReviewerResult {
        let key = ReviewVerdictCache.Key(
            fromCommit: request.fromCommit, toCommit: request.toCommit, path: request.path,
            reviewerConfigHash: factory.configHash(of: name))
        if let cached = cache?.report(for: key) { return .report(cached) }
        do {
            let report = try await factory.reviewer(named: name).review(request)
            do {
                try cache?.store(report, for: key)
            } catch {
                logger.warning("cannot cache a review verdict", metadata: ["reviewer": "\(name)", "error": "\(error)"])
            }
            return .report(report)
        } catch let error as ReviewerError {
            return .failed(reviewer: name, reason: error.message)
        } catch {
            return .failed(reviewer: name, reason: "\(error)")
        }
    }
}
