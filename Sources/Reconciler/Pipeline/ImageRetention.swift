import Drivers
import Foundation
import Logging

/// Keeps the newest `keep` images berth built for a deployment (for rollback) and removes older ones that no
/// container uses (DESIGN §5, `imageRetention`).
struct ImageRetention: Sendable {
    let engine: any ContainerEngine
    let keep: Int
    /// The owning controller's labels (``BerthLabel/owned(by:)``).
    let owner: [String: String]
    let logger: Logger

    /// Removes what is beyond retention; failures are logged, never fatal to a rollout that succeeded.
    /// - Returns: the ids of the images removed.
    @discardableResult
    func prune(deployment: String, inUse: Set<String>) async -> [String] {
        let images: [ImageInfo]
        do {
            images = try await engine.listImages(labels: owner.merging([BerthLabel.deployment: deployment]) { _, new in new })
        } catch {
            logger.warning("cannot list images of \(deployment) for retention: \(error)")
            return []
        }
        let newestFirst = images.sorted { ($0.created ?? .distantPast) > ($1.created ?? .distantPast) }
        var removed: [String] = []
        for image in newestFirst.dropFirst(keep) where !inUse.contains(image.id) {
            do {
                try await engine.removeImage(image.id, force: true)
                removed.append(image.id)
            } catch {
                logger.warning("cannot remove image \(image.id.prefix(19)) of \(deployment): \(error)")
            }
        }
        return removed
    }
}
