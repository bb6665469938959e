/// Runs a job per deployment name with at most one job per name at a time, coalescing triggers, on a bounded number
/// of workers, backing a failing name off exponentially (DESIGN §6).
///
/// A trigger for a name already queued is absorbed; one for a running name causes exactly one more run after it.
/// A job that throws failed: its name is retried after ``WorkQueueBackoff``'s delay, which grows with each failure in
/// a row and resets on success. ``shutdown()`` stops taking work and waits for the jobs that run.
///
/// With team quotas (`rollouts`), a name whose team already runs its limit of jobs waits in its place without a
/// worker (``WorkQueueState``); `notify` hears when it starts waiting and when its wait ends, before its job runs.
/// ```swift
/// let queue = WorkQueue(workers: config.workers) { name in try await reconciler.reconcile(name) }
/// await queue.trigger("web")                              // timer, engine event: honours a backoff
/// await queue.trigger("web", overridingBackoff: true)    // push webhook, manual sync: runs now
/// await queue.shutdown()
/// ```
package actor WorkQueue {
    /// The work for one name; throwing counts as a failure.
    package typealias Job = @Sendable (String) async throws -> Void

    /// A name's wait for a job of its team to end.
    package enum QuotaNote: Sendable, Hashable {
        /// `name` waits: `limit` jobs of `team` run, `running` (by name).
        case waiting(String, team: String, limit: Int, running: [String])
        /// `name` waited and now starts.
        case admitted(String, team: String)
        /// `name` waited when the queue shut down: it will not start.
        case dropped(String, team: String)
        /// `name`'s waiting run was dropped by ``WorkQueue/drop(_:)`` (`berth cancel`): it will not start.
        case cancelled(String, team: String)
    }

    private var state: WorkQueueState
    private let backoff: WorkQueueBackoff
    private let clock: any Clock<Duration>
    private let job: Job
    private let team: @Sendable (String) -> String?
    private let notify: @Sendable (QuotaNote) async -> Void
    /// Waiting names, with their team and the note that says so (a job awaits it before saying its wait ended).
    private var waits: [String: (team: String, note: Task<Void, Never>)] = [:]
    private var jobs: [String: Task<Void, Never>] = [:]
    private var timers: [String: Task<Void, Never>] = [:]

    /// - Parameters:
    ///   - workers: how many jobs may run at once (the controller's `workers`, default 16).
    ///   - rollouts: how many jobs of one team may run at once (`quotas.<team>.rollouts`); teams left out are free.
    ///   - team: a name's team (its deployment's `metadata.labels.team`), read at each trigger; nil for none.
    ///   - notify: hears each wait for a team's slot begin and end (for the `QuotaWait` condition).
    ///   - clock: what backoff waits on.
    package init(
        workers: Int = 16, rollouts: [String: Int] = [:], team: @escaping @Sendable (String) -> String? = { _ in nil },
        notify: @escaping @Sendable (QuotaNote) async -> Void = { _ in },
        backoff: WorkQueueBackoff = WorkQueueBackoff(),
        clock: any Clock<Duration> = ContinuousClock(), job: @escaping Job
    ) {
        state = WorkQueueState(workers: workers, rollouts: rollouts)
        self.team = team
        self.notify = notify
        self.backoff = backoff
        self.clock = clock
        self.job = job
    }

    /// Asks for a run for `name`; ignored after ``shutdown()``.
    /// - Parameter overridingBackoff: run now even if `name` is backing off after a failure.
    package func trigger(_ name: String, overridingBackoff: Bool = false) {
        perform(state.trigger(name, team: team(name), overridingBackoff: overridingBackoff))
    }

    /// Drops the run waiting for `name` (queued, or asked for after the running one); a running job goes on. A name
    /// that waited for its team's slot hears that its wait ended.
    /// - Returns: whether a run was dropped.
    package func drop(_ name: String) async -> Bool {
        guard state.drop(name) else { return false }
        if let wait = waits.removeValue(forKey: name) {
            await wait.note.value
            await notify(.cancelled(name, team: wait.team))
        }
        return true
    }

    /// Names waiting for a worker (the queue-depth metric).
    package var queued: Int { state.queued }

    /// Jobs running now.
    package var running: Int { state.running }

    /// Failures in a row for `name` (0 after a success).
    package func failureCount(of name: String) -> Int { state.failureCount(of: name) }

    /// Stops taking work (queued names and pending retries are dropped; waiting ones hear so) and returns once the
    /// running jobs ended.
    /// - Parameter cancellingRunning: also cancel the running jobs, so they stop at their next safe point.
    package func shutdown(cancellingRunning: Bool = false) async {
        state.shutdown()
        let dropped = waits
        waits = [:]
        for (name, wait) in dropped.sorted(by: { $0.key < $1.key }) {
            await wait.note.value
            await notify(.dropped(name, team: wait.team))
        }
        for timer in timers.values { timer.cancel() }
        timers = [:]
        if cancellingRunning {
            for job in jobs.values { job.cancel() }
        }
        while let running = jobs.values.first {
            await running.value
        }
    }

    private func finished(_ name: String, succeeded: Bool) {
        jobs[name] = nil
        perform(state.finished(name, succeeded: succeeded))
    }

    private func backoffElapsed(_ name: String, timer: Int) {
        timers[name] = nil
        perform(state.backoffElapsed(name, timer: timer))
    }

    private func perform(_ actions: [WorkQueueState.Action]) {
        for action in actions {
            switch action {
            case .start(let name):
                timers.removeValue(forKey: name)?.cancel()
                let waited = waits.removeValue(forKey: name)
                jobs[name] = Task { [job, notify] in
                    if let waited {
                        await waited.note.value
                        await notify(.admitted(name, team: waited.team))
                    }
                    let succeeded: Bool
                    do {
                        try await job(name)
                        succeeded = true
                    } catch {
                        succeeded = false
                    }
                    self.finished(name, succeeded: succeeded)
                }
            case .wait(let name, let team, let limit, let running):
                waits[name] = (
                    team, Task { [notify] in await notify(.waiting(name, team: team, limit: limit, running: running)) }
                )
            case .retry(let name, let failures, let timer):
                let delay = backoff.delay(afterFailures: failures, random: Double.random(in: 0..<1))
                timers[name] = Task { [clock] in
                    do {
                        try await clock.sleep(for: delay)
                    } catch {
                        return
                    }
                    self.backoffElapsed(name, timer: timer)
                }
            }
        }
    }
}
