/// The work queue's bookkeeping without I/O: each mutating method returns what ``WorkQueue`` must do.
///
/// Per key at most one job runs. A trigger for a queued key changes nothing; one for a running key asks for exactly
/// one more run after it. Failures back the key off (``Action/retry(_:failures:timer:)``) unless an overriding
/// trigger is waiting; success forgets the failures. At most `workers` jobs run at once, keys started in the order
/// they were triggered.
///
/// Team quotas (DESIGN §14): at most `rollouts[team]` jobs of one team's keys run at once. A key whose team is at its
/// limit stays queued in its place, holding no worker, while keys behind it of other teams (or none) start; it starts
/// as soon as a job of its team ends, before any of its team's keys triggered after it. Every job counts against the
/// quota: the queue cannot know before planning whether a job rolls out, and one that finds nothing to do ends at once.
struct WorkQueueState {
    enum Action: Hashable {
        /// Run the job for this key.
        case start(String)
        /// Wait the backoff for `failures` failures, then report ``backoffElapsed(_:timer:)`` with `timer`.
        case retry(String, failures: Int, timer: Int)
        /// The key waits for a job of its team to end (it is queued, holding no worker): `limit` of its team's keys
        /// run, `running` (by name). Reported once per wait; the key's ``start(_:)`` ends it.
        case wait(String, team: String, limit: Int, running: [String])
    }

    private enum Entry: Hashable {
        case queued
        /// `again`: triggered while running; `overriding`: one of those triggers may skip a backoff.
        case running(again: Bool, overriding: Bool)
        /// Waiting for the retry timer with this id.
        case backingOff(timer: Int)
    }

    let workers: Int
    /// Jobs at once per team.
    let rollouts: [String: Int]
    /// The team of each key that has one, as its newest trigger said.
    private var teams: [String: String] = [:]
    /// The running keys of each team, by the team they started under.
    private var runningByTeam: [String: Set<String>] = [:]
    /// Queued keys already reported waiting.
    private var waiting: Set<String> = []
    private var entries: [String: Entry] = [:]
    private var ready: [String] = []
    private var failures: [String: Int] = [:]
    private var nextTimer = 0
    private(set) var running = 0
    private(set) var accepting = true

    /// - Parameter rollouts: jobs at once per team (`quotas.<team>.rollouts`); a team left out is not limited.
    init(workers: Int, rollouts: [String: Int] = [:]) {
        precondition(workers >= 1, "a work queue needs a worker")
        precondition(rollouts.values.allSatisfy { $0 >= 1 }, "a team quota allows at least one rollout")
        self.workers = workers
        self.rollouts = rollouts
    }

    /// Keys waiting for a worker.
    var queued: Int { ready.count }

    /// Failures in a row for `key`.
    func failureCount(of key: String) -> Int { failures[key] ?? 0 }

    /// Something says `key` needs a pass.
    /// - Parameters:
    ///   - team: the key's team (its deployment's `metadata.labels.team`), nil for none.
    ///   - overridingBackoff: a key backing off runs now instead of at its retry time (a push, a manual sync);
    ///     otherwise the trigger folds into the retry (timer ticks, engine events).
    mutating func trigger(_ key: String, team: String? = nil, overridingBackoff: Bool) -> [Action] {
        guard accepting else { return [] }
        teams[key] = team
        switch entries[key] {
        case nil:
            enqueue(key)
        case .backingOff where overridingBackoff:
            enqueue(key)
        case .queued, .backingOff:
            break
        case .running(_, let overriding):
            entries[key] = .running(again: true, overriding: overriding || overridingBackoff)
        }
        return startReady()
    }

    /// The job for `key` ended.
    mutating func finished(_ key: String, succeeded: Bool) -> [Action] {
        guard case .running(let again, let overriding) = entries[key] else { return [] }
        running -= 1
        for team in runningByTeam.keys { runningByTeam[team]?.remove(key) }
        failures[key] = succeeded ? nil : failureCount(of: key) + 1
        var actions: [Action] = []
        if !accepting {
            entries[key] = nil
        } else if again && (succeeded || overriding) {
            enqueue(key)
        } else if !succeeded {
            nextTimer += 1
            entries[key] = .backingOff(timer: nextTimer)
            actions.append(.retry(key, failures: failureCount(of: key), timer: nextTimer))
        } else {
            entries[key] = nil
        }
        return actions + startReady()
    }

    /// The retry timer `timer` for `key` went off; a stale one (the key ran meanwhile) changes nothing.
    mutating func backoffElapsed(_ key: String, timer: Int) -> [Action] {
        guard accepting, entries[key] == .backingOff(timer: timer) else { return [] }
        enqueue(key)
        return startReady()
    }

    /// `berth cancel`: drops what waits for `key` — a queued run, or the run asked for after the running one — but
    /// neither a running job (cancelled by its own means) nor a backoff.
    /// - Returns: whether a run was dropped.
    mutating func drop(_ key: String) -> Bool {
        switch entries[key] {
        case .queued:
            entries[key] = nil
            ready.removeAll { $0 == key }
            waiting.remove(key)
            return true
        case .running(again: true, _):
            entries[key] = .running(again: false, overriding: false)
            return true
        default:
            return false
        }
    }

    /// Stops taking work: queued and backing-off keys are dropped, running jobs finish without reruns.
    mutating func shutdown() {
        accepting = false
        ready = []
        waiting = []
        entries = entries.filter { if case .running = $0.value { true } else { false } }
    }

    private mutating func enqueue(_ key: String) {
        entries[key] = .queued
        ready.append(key)
    }

    /// Starts queued keys in order while workers are free, passing over those whose team is at its limit.
    private mutating func startReady() -> [Action] {
        var actions: [Action] = []
        var index = 0
        while running < workers, index < ready.count {
            let key = ready[index]
            if let team = teams[key], let limit = rollouts[team], let held = runningByTeam[team], held.count >= limit {
                if waiting.insert(key).inserted {
                    actions.append(.wait(key, team: team, limit: limit, running: held.sorted()))
                }
                index += 1
                continue
            }
            ready.remove(at: index)
            waiting.remove(key)
            entries[key] = .running(again: false, overriding: false)
            running += 1
            if let team = teams[key] { runningByTeam[team, default: []].insert(key) }
            actions.append(.start(key))
        }
        return actions
    }
}
