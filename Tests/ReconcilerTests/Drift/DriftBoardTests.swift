import Foundation
import Testing

@testable import Reconciler

/// The newest scan as `berth run` keeps it: what it asks to re-create, and the report marking what a new generation
/// healed.
@Suite struct DriftBoardTests {
    private static func finding(_ field: String, container: String = "web-7", desired: String?, live: String?)
        -> DriftFinding
    {
        DriftFinding(
            deployment: "web", container: container, field: field, desired: desired, live: live,
            firstSeen: Date(timeIntervalSince1970: 0))
    }

    private static let report = DriftReport(
        host: "h", scannedAt: Date(timeIntervalSince1970: 0), configCommit: nil,
        findings: [
            finding("spec.env.LOG_LEVEL", desired: "info", live: "debug"),
            finding("files:/etc/passwd", desired: "as in the image", live: "modified"),
            finding("spec.env.LOG_LEVEL", container: "api-2", desired: "a", live: "b"),
        ])

    @Test func aHealByANewGenerationMarksTheFindingsItPutBackAndForgetsTheChanges() {
        let board = DriftBoard()
        let changes = HandChanges(container: "web-7", fields: ["spec.env.LOG_LEVEL", "files:/etc/passwd"])
        board.post(Self.report, handChanges: ["web": changes])
        #expect(board.handChanges == ["web": changes])

        board.healed("web", changes, note: "healed by re-creating web-7 as generation 8")
        #expect(board.handChanges.isEmpty, "the new container is not the one they were found on")
        let healed = board.report?.findings.map(\.healed)
        #expect(
            healed == [
                "spec.env.LOG_LEVEL debug → info: healed by re-creating web-7 as generation 8",
                "files:/etc/passwd modified → as in the image: healed by re-creating web-7 as generation 8",
                nil,
            ])
    }

    @Test func aHealOfChangesANewerScanReplacedMarksNothing() {
        let board = DriftBoard()
        let older = HandChanges(container: "web-6", fields: ["image"])
        board.post(Self.report, handChanges: ["web": HandChanges(container: "web-7", fields: ["spec.env.LOG_LEVEL"])])
        board.healed("web", older, note: "healed")
        #expect(board.report?.findings.allSatisfy { $0.healed == nil } == true)
        #expect(board.handChanges["web"]?.container == "web-7")
    }
}
