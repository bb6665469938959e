import Drivers
import Foundation
import Logging

/// Keeps the newest `keep` images berth built for a deployment (for rollback) and removes older ones that no
/// container uses (DESIGN §5, `imageRetention`).
///
/// "Uses" means any container the engine lists, running or stopped, berth's or not: an image is removed only
/// when nothing refers to it, and never by force, so the engine refuses whatever this check could miss.
struct ImageRetention: Sendable {
    let engine: any ContainerEngine
    let keep: Int
    /// The owning controller's labels (``BerthLabel/owned(by:)``).
    let owner: [String: String]
    let logger: Logger

    /// Removes what is beyond retention; failures are logged, never fatal to a rollout that succeeded.
    /// - Returns: the ids of the images removed.
    @discardableResult
    func prune(deployment: String) async -> [String] {
        let images: [ImageInfo]
        let inUse: Set<String>
        do {
            images = try await engine.listImages(
                labels: owner.merging([BerthLabel.deployment: deployment]) { _, new in new })
            guard images.count > keep else { return [] }
            inUse = Set(try await engine.listContainers(labels: [:]).map(\.imageID))
        } catch {
            logger.warning(
                "cannot list images and containers for retention: \(error)",
                metadata: ["deployment.name": "\(deployment)"])
            return []
        }
        let created = await creationTimes(of: images)
        let newestFirst = images.sorted { (created[$0.id] ?? .distantPast) > (created[$1.id] ?? .distantPast) }
        var removed: [String] = []
        for image in newestFirst.dropFirst(keep) where !inUse.contains(image.id) {
            do {
                // By each tag, so an image tagged twice goes too; the last tag's removal deletes the image.
                for reference in image.tags.isEmpty ? [image.id] : image.tags {
                    try await engine.removeImage(reference, force: false)
                }
                removed.append(image.id)
            } catch {
                logger.warning(
                    "cannot remove image \(image.id.prefix(19)): \(error)",
                    metadata: ["deployment.name": "\(deployment)"]
                )
            }
        }
        return removed
    }

    /// When each image was made, to the nanosecond. The engine's image list gives whole seconds, so two builds
    /// in one second could swap places and retention keep the older; inspecting gives the exact time. An image
    /// that cannot be inspected keeps the list's time.
    private func creationTimes(of images: [ImageInfo]) async -> [String: Date] {
        var created: [String: Date] = [:]
        for image in images {
            created[image.id] = (try? await engine.inspectImage(image.id).created) ?? image.created
        }
        return created
    }
}
