import Manifest
import Reconciler
import Testing

@testable import BerthCLI

/// The lines `berth plan` prints under an update, from details made by hand.
@Suite struct PlanViewTests {
    static let fixes = "fixes a host port, so two generations cannot run at once"

    private func details(
        changes: [FieldChange]?, commits: UpdateDetails.Commits? = nil, image: UpdateDetails.ImageChange? = nil,
        downtime: Bool = false, traffic: UpdateDetails.Traffic? = nil
    ) -> UpdateDetails {
        var details = UpdateDetails(
            activeGeneration: 3, fromHash: String(repeating: "a", count: 64), toHash: String(repeating: "b", count: 64),
            changes: changes, commits: commits, image: image, strategy: downtime ? .stopFirst : .startFirst,
            downtime: downtime,
            stopFirstReason: downtime ? "spec.ports[0].host: 8080 \(Self.fixes)" : nil
        )
        details.traffic = traffic ?? (downtime ? .fixedPort : .addressChanges)
        return details
    }

    @Test func eachChangeIsOneLineAndSecretsNeverShowAValue() {
        let lines = PlanView.lines(
            details(changes: [
                FieldChange(field: "spec.env.LOG_LEVEL", from: "info", to: "debug", kind: .changed),
                FieldChange(field: "spec.env.NEW", from: nil, to: "x", kind: .added),
                FieldChange(field: "spec.env.OLD", from: "y", to: nil, kind: .removed),
                FieldChange(field: "spec.env.BLANK", from: "", to: " padded", kind: .changed),
                FieldChange(field: "spec.secretEnv.DB_PASSWORD", from: nil, to: nil, kind: .changed, sealed: true),
                FieldChange(field: "spec.secretEnv.TOKEN", from: nil, to: nil, kind: .added, sealed: true),
            ],
            commits: .init(
                from: String(repeating: "1", count: 40), to: String(repeating: "2", count: 40), count: 3, behind: 0),
            image: .init(from: "sha256:0123456789abcdef0123", to: "sha256:fedcba9876543210fedc")),
            name: "web")
        #expect(
            lines == [
                "~ spec.env.LOG_LEVEL: info → debug", "+ spec.env.NEW: x", "- spec.env.OLD",
                #"~ spec.env.BLANK: "" → " padded""#, "~ spec.secretEnv.DB_PASSWORD: (sealed value changed)",
                "+ spec.secretEnv.TOKEN: (sealed value)", "~ source: 1111111 → 2222222, 3 commits",
                "~ image: sha256:0123456789ab → sha256:fedcba987654",
                "strategy start-first: web-3 serves until the new generation is healthy; no router: it serves on a "
                    + "new port, so the address changes (berth status shows it)",
            ])
    }

    @Test func behindARouterTheTrafficMovesOrHasAShortGap() {
        let routed = PlanView.lines(details(changes: [], traffic: .routed("web.test/")), name: "web")
        #expect(
            routed.last
                == "strategy start-first: web-3 serves until the new generation is healthy; the router (web.test/) "
                + "then moves traffic to it")
        let stopFirst = PlanView.lines(details(changes: [], downtime: true, traffic: .routed("web.test/")), name: "web")
        #expect(stopFirst.last?.hasSuffix("before the new generation starts: a short gap behind the router (web.test/)") == true)
    }

    @Test func aFixedPortWarnsOfDowntimeAndAMissingRecordSaysSo() {
        let lines = PlanView.lines(
            details(
                changes: nil, commits: .init(from: "a1b2c3d4", to: "d4e5f6a7", count: 1, behind: 0), downtime: true),
            name: "web")
        #expect(
            lines == [
                "spec hash aaaaaaaaaaaa → bbbbbbbbbbbb: generation 3 has no field-level record (it was rolled out "
                    + "before berth kept one)",
                "~ source: a1b2c3d → d4e5f6a, 1 commit",
                "strategy stop-first (spec.ports[0].host: 8080 fixes a host port, so two generations cannot run at "
                    + "once): apply stops web-3 before the new generation starts: downtime",
            ])
    }
}
