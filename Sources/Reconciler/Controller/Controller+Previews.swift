import Drivers
import Foundation
import Logging
import Manifest
import Synchronization

/// Previews (DESIGN §14): a pull request on an app repository that a deployment builds from gets `<name>--pr<N>`.
/// The webhook keeps a record of it in history; each pass derives the preview from its parent's manifest and that
/// record, and the work queue rolls it out like any deployment. Closing the pull request, or `previews.ttl` without
/// an event from it, drops the record, and the preview's next job removes what it made.
extension Controller {
    /// Opens, updates or closes the previews of the deployments that build from the pull request's base branch in its
    /// repository.
    func preview(_ request: PullRequestEvent, event: WebhookEvent) async -> WebhookOutcome {
        guard let settings = environment.controller.previews else {
            return .ignored("pull request on a repository that is not the config repository (previews are off)")
        }
        guard !request.fromFork else {
            return .ignored(
                "pull request #\(request.number) comes from a fork: previews build only the repository's own branches")
        }
        let parents = Self.previewParents(in: lastPass.withLock { $0?.desired.deployments ?? [] }, of: request)
        guard let repository = parents.first.flatMap(\.sourceRepository) else {
            return .ignored(
                "no deployment builds from \(request.repository.urls.first ?? "this repository") \(request.baseBranch)")
        }
        let names = parents.map { PreviewName(parent: $0.name, number: request.number) }
        do {
            if request.action == .closed {
                for name in names {
                    try await environment.history.removePreview(name.description)
                    logger.info("\(name): pull request #\(request.number) closed: removing its preview")
                    await queue.trigger(name.description, overridingBackoff: true)
                }
                return .accepted(event)
            }
            guard settings.from.admits(headBranch: request.headBranch) else {
                return .ignored("head branch \(request.headBranch) is not one previews.from admits")
            }
            let opened = Dictionary(try await environment.history.previews().map { ($0.name, $0.openedAt) }) { a, _ in a
            }
            let now = Date()
            for name in names {
                try await environment.history.save(
                    PreviewRecord(
                        name: name, repository: repository, headCommit: request.headCommit.hex,
                        headBranch: request.headBranch, openedAt: opened[name] ?? now, updatedAt: now))
                let head = request.headCommit.hex.prefix(12)
                logger.info(
                    "\(name): pull request #\(request.number) \(request.action.rawValue) at \(head): previewing it")
            }
        } catch {
            logger.error("pull request #\(request.number): cannot keep its previews in history: \(error)")
            return .unavailable("cannot keep the previews of pull request #\(request.number): \(error)")
        }
        passes.request(overridingBackoff: true)
        return .accepted(event)
    }

    /// The deployments of `deployments` a pull request previews: those built from its repository at its base branch
    /// (previews themselves excluded).
    static func previewParents(in deployments: [Deployment], of request: PullRequestEvent) -> [Deployment] {
        deployments.filter { deployment in
            guard PreviewName(deployment.name) == nil, case .source(let source, _, _) = deployment.spec.artifact
            else { return false }
            return source.ref == request.baseBranch && request.repository.matches(source.repo)
        }
    }

    /// The names of the open previews; none while previews are off, so turning them off removes every one.
    func openPreviews() async throws -> Set<String> {
        guard environment.controller.previews != nil else { return [] }
        return Set(try await environment.history.previews().map(\.name.description))
    }

    /// Closes the previews whose pull request sent no event for `previews.ttl`, and queues the removal of each closed
    /// preview that still runs (one whose removal failed, or that was closed while berth was stopped).
    func sweepPreviews(_ pass: PassPlan) async {
        var open: Set<String> = []
        if let settings = environment.controller.previews {
            do {
                let now = Date()
                for record in try await environment.history.previews() {
                    guard record.hasExpired(ttl: settings.ttl, at: now) else {
                        open.insert(record.name.description)
                        continue
                    }
                    try await environment.history.removePreview(record.name.description)
                    logger.info(
                        "\(record.name): pull request sent nothing for previews.ttl \(settings.ttl): removing its preview"
                    )
                    await queue.trigger(record.name.description)
                }
            } catch {
                logger.warning("cannot read the open previews: \(error)")
                return
            }
        }
        for name in pass.undesiredPreviews.subtracting(open) { await queue.trigger(name) }
    }

    /// The work queue's job for a preview that is no longer open: removes its route, containers, images and volumes.
    /// - Throws: when something could not be removed (the queue tries again).
    func removeClosedPreview(_ name: String) async throws {
        guard let item = try await reconciliation.removePreview(name, from: try await snapshot()) else { return }
        logger.info("\(name): \(item.result.rawValue): \(item.message)", metadata: ["deployment.name": "\(name)"])
        if item.result == .failed { throw ReconcileFailure(message: item.message) }
    }

    /// Where clients reach the preview `deployment` through the router; nil without a route or a Caddy router.
    func previewURL(of deployment: Deployment?) -> String? {
        guard let host = deployment?.spec.route?.host, case .caddy(let caddy) = environment.controller.router else {
            return nil
        }
        return caddy.url(of: host)
    }
}

extension Deployment {
    /// `spec.source.repo`; nil for an `image:` deployment.
    fileprivate var sourceRepository: String? {
        guard case .source(let source, _, _) = spec.artifact else { return nil }
        return source.repo
    }
}
