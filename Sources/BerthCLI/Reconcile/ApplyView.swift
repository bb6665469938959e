import Foundation
import Manifest
import Reconciler

/// `apply --output json`: each deployment's result and, when one ran, its rollout.
///
/// ```json
/// {"schemaVersion": 1, "durationMs": 14210, "removedCandidates": [], "leftoverCandidates": [], "invalid": [],
///  "deployments": [{"name": "web", "result": "failed", "message": "…", "runId": 7, "generation": 3, "stage": "health",
///                   "appCommit": "…", "configCommit": "…", "image": "…", "specHash": "…", "strategy": "start-first",
///                   "startedAt": "…", "finishedAt": "…", "durationMs": 12940}]}
/// ```
struct ApplyView: Encodable {
    /// One deployment; the rollout fields are absent when no rollout ran (unchanged, pruned, invalid…).
    struct Deployment: Encodable {
        let name: String
        let result: String
        let message: String
        let runId: Int64?
        let generation: Int?
        let appCommit: String?
        let configCommit: String?
        let image: String?
        let specHash: String?
        let strategy: String?
        /// The stage that failed, was blocked or interrupted.
        let stage: String?
        let startedAt: Date?
        let finishedAt: Date?
        let durationMs: Int?

        init(_ item: ApplyReport.Item) {
            let rollout = item.rollout
            name = item.name
            result = item.result.rawValue
            message = item.message
            runId = rollout?.id
            generation = rollout?.generation
            appCommit = rollout?.appCommit
            configCommit = rollout?.configCommit
            image = rollout?.image
            specHash = rollout?.specHash
            strategy = rollout?.strategy
            stage = rollout?.failingStage
            startedAt = rollout?.startedAt
            finishedAt = rollout?.finishedAt
            durationMs = rollout?.durationMilliseconds
        }
    }

    let deployments: [Deployment]
    let removedCandidates: [String]
    let leftoverCandidates: [String]
    /// Routes removed from the router: their deployment left the repository and nothing of it runs.
    let removedRoutes: [String]
    /// Documents that could not be read as a named deployment.
    let invalid: [Diagnostic]
    /// The whole apply, plan included.
    let durationMs: Int

    init(_ report: ApplyReport, invalid: [Diagnostic], took: Duration) {
        deployments = report.items.map(Deployment.init)
        removedCandidates = report.removedCandidates
        leftoverCandidates = report.leftoverCandidates
        removedRoutes = report.removedRoutes
        self.invalid = invalid
        durationMs = Int(took.components.seconds * 1000 + took.components.attoseconds / 1_000_000_000_000_000)
    }
}
