import Foundation

/// The values of the deployment page: facts, conditions, the plan line, drift, the router's route, history with
/// stages and triggers, the actions taken, and what the session may do.
enum DeploymentPage {
    /// How many rollouts the page lists.
    static let rolloutCount = 20

    static func values(
        _ summary: DeploymentSummary, actions: any ControllerActions, session: DashboardSessions.Session?, now: Date
    ) async throws -> [String: Any] {
        let status = summary.status
        let history = actions.history
        let rollouts = try await history.rollouts(of: status.name, limit: rolloutCount)
        let asked = try await history.actions(of: status.name)
        var rolloutViews: [[String: Any]] = []
        for (index, rollout) in rollouts.enumerated() {
            guard let id = rollout.id else { continue }
            let stages = StageView.all(try await history.transitions(of: id))
            let previousStart = index + 1 < rollouts.count ? rollouts[index + 1].startedAt : nil
            rolloutViews.append([
                "id": id, "generation": rollout.generation, "result": rollout.result.rawValue,
                "tone": tone(of: rollout.result), "started": TimeView(rollout.startedAt, now: now),
                "duration": rollout.durationMilliseconds.map { durationText(milliseconds: $0) as Any } ?? NSNull(),
                "error": rollout.error.map { $0 as Any } ?? NSNull(),
                "stages": stages, "trigger": trigger(of: rollout, after: previousStart, asked: asked),
            ])
        }
        let choices = rollbackChoices(rollouts, current: status.generation)
        let shown = OverviewCondition(summary)
        let drift = ((try? await actions.drift())?.findings ?? []).filter { $0.deployment == status.name }
        let suspended: String =
            if let suspension = summary.suspension {
                "yes, by \(suspension.actor) \(TimeView(suspension.at, now: now).relative); resume lifts it"
            } else if summary.suspendedInManifest {
                "spec.suspend is true in the manifest"
            } else {
                "no"
            }
        var values: [String: Any] = [
            "name": status.name, "condition": shown.label, "tone": shown.tone, "message": status.message,
            "generation": status.generation.map(String.init) ?? "—", "appCommit": status.appCommit ?? "—",
            "configCommit": status.configCommit ?? "—",
            "configCommitURL": summary.configCommitURL.map { $0 as Any } ?? NSNull(),
            "where": OverviewRow.location(summary),
            "state": [status.state, status.health].compactMap { $0 }.joined(separator: ", "),
            "pin": status.pinnedGeneration.map { "generation \($0) (\(status.pinReason ?? "berth rollback"))" }
                ?? "not pinned",
            "pinned": status.pinnedGeneration != nil, "suspended": suspended,
            "dashboardSuspended": summary.suspension != nil, "canAct": session != nil,
            "rollingOut": actions.isRollingOut(status.name),
            "rollbackChoices": choices, "canRollBack": !choices.isEmpty,
            "conditions": status.conditions.map { condition -> [String: Any] in
                [
                    "kind": condition.kind.rawValue, "status": condition.status.rawValue, "reason": condition.reason,
                    "message": condition.message, "since": TimeView(condition.lastTransitionTime, now: now),
                ]
            },
            "hasDrift": !drift.isEmpty,
            "drift": drift.map { finding -> [String: Any] in
                [
                    "container": finding.container ?? "", "field": finding.field,
                    "desired": finding.desired ?? "(absent)",
                    "live": finding.live ?? "(absent)", "seen": TimeView(finding.firstSeen, now: now),
                ]
            },
            "rollouts": rolloutViews,
            "actions": asked.map { action -> [String: Any] in
                [
                    "kind": action.kind.rawValue, "actor": action.actor, "detail": action.detail,
                    "at": TimeView(action.at, now: now),
                ]
            },
        ]
        if let session { values["csrf"] = session.csrf }
        if let router = try? await actions.routerStatus(), router.router != "none" {
            values["router"] = routerValues(router, of: status.name)
        }
        if let plan = await actions.plan(of: status.name) {
            values["plan"] = [
                "action": plan.action, "detail": plan.detail,
                "planned": plan.plannedAt.map { TimeView($0, now: now) as Any } ?? NSNull(),
            ]
        }
        return values
    }

    /// The router section: which router, whether it answers, and the deployment's route in it against where its
    /// active generation serves. Shown only when the controller config names a router.
    static func routerValues(_ router: RouterStatus, of deployment: String) -> [String: Any] {
        var values: [String: Any] = [
            "name": router.router, "reachable": router.reachable, "error": router.error ?? "no answer",
        ]
        if let route = router.routes.first(where: { $0.deployment == deployment }) {
            values["route"] = [
                "address": route.host + route.path, "upstream": route.upstream ?? "no route in the router",
                "active": route.active ?? "nothing of it runs", "tone": route.matches ? "ok" : "bad",
                "state": route.matches ? "in sync" : (route.problem ?? "out of sync"),
            ]
        }
        return values
    }

    /// The generations a rollback can go to: each one that succeeded, newest first, other than the one running.
    static func rollbackChoices(_ rollouts: [Rollout], current: Int?) -> [[String: Any]] {
        var seen: Set<Int> = []
        return rollouts.compactMap { rollout in
            guard rollout.result == .succeeded, rollout.generation != current, seen.insert(rollout.generation).inserted
            else { return nil }
            return ["generation": rollout.generation, "label": String(rollout.appCommit.prefix(12))]
        }
    }

    /// Who or what started `rollout`: the newest action asked between the previous rollout's start and its own
    /// (`sync by dashboard:ana`), a rollback, or the config commit it rolled out.
    static func trigger(of rollout: Rollout, after previousStart: Date?, asked: [OperatorAction]) -> String {
        if let restored = rollout.rollbackOf {
            // A rollback is recorded once it has finished: the newest one from its start on is the one asked for.
            let asker = asked.last { $0.kind == .rollback && $0.at >= rollout.startedAt.addingTimeInterval(-1) }
            return "rollback to generation \(restored)" + (asker.map { " by \($0.actor)" } ?? "")
        }
        let window = asked.first { action in
            action.at <= rollout.startedAt.addingTimeInterval(1) && action.at > (previousStart ?? .distantPast)
                && [.sync, .rollback, .unpin, .resume].contains(action.kind)
        }
        if let action = window { return "\(action.kind.rawValue) by \(action.actor)" }
        return "config commit \(rollout.configCommit.prefix(12))"
    }
}

/// One stage of a rollout as its transitions tell it: its last state, how long it ran, its last message.
struct StageView: Sendable {
    let stage: String
    let state: String
    let tone: String
    let duration: String?
    let message: String

    /// The stages of `transitions`, in the order they first started.
    static func all(_ transitions: [StageTransition]) -> [StageView] {
        var order: [String] = []
        var started: [String: Date] = [:]
        var last: [String: StageTransition] = [:]
        for transition in transitions {
            if last[transition.stage] == nil { order.append(transition.stage) }
            if transition.state == "started" { started[transition.stage] = transition.at }
            last[transition.stage] = transition
        }
        return order.compactMap { stage -> StageView? in
            guard let transition = last[stage] else { return nil }
            let took: Int? =
                transition.state == "started"
                ? nil : started[stage].map { Int((transition.at.timeIntervalSince($0) * 1000).rounded()) }
            return StageView(
                stage: stage, state: transition.state, tone: Reconciler.tone(ofStage: transition.state),
                duration: took.map(durationText), message: transition.message)
        }
    }
}
