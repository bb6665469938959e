/// Runs a job per deployment name with at most one job per name at a time, coalescing triggers, on a bounded number
/// of workers, backing a failing name off exponentially (DESIGN §6).
///
/// A trigger for a name already queued is absorbed; one for a running name causes exactly one more run after it.
/// A job that throws failed: its name is retried after ``WorkQueueBackoff``'s delay, which grows with each failure in
/// a row and resets on success. ``shutdown()`` stops taking work and waits for the jobs that run.
/// ```swift
/// let queue = WorkQueue(workers: config.workers) { name in try await reconciler.reconcile(name) }
/// await queue.trigger("web")                              // timer, engine event: honours a backoff
/// await queue.trigger("web", overridingBackoff: true)    // push webhook, manual sync: runs now
/// await queue.shutdown()
/// ```
package actor WorkQueue {
    /// The work for one name; throwing counts as a failure.
    package typealias Job = @Sendable (String) async throws -> Void

    private var state: WorkQueueState
    private let backoff: WorkQueueBackoff
    private let clock: any Clock<Duration>
    private let job: Job
    private var jobs: [String: Task<Void, Never>] = [:]
    private var timers: [String: Task<Void, Never>] = [:]

    /// - Parameters:
    ///   - workers: how many jobs may run at once (the controller's `workers`, default 16).
    ///   - clock: what backoff waits on.
    package init(
        workers: Int = 16, backoff: WorkQueueBackoff = WorkQueueBackoff(),
        clock: any Clock<Duration> = ContinuousClock(), job: @escaping Job
    ) {
        state = WorkQueueState(workers: workers)
        self.backoff = backoff
        self.clock = clock
        self.job = job
    }

    /// Asks for a run for `name`; ignored after ``shutdown()``.
    /// - Parameter overridingBackoff: run now even if `name` is backing off after a failure.
    package func trigger(_ name: String, overridingBackoff: Bool = false) {
        perform(state.trigger(name, overridingBackoff: overridingBackoff))
    }

    /// Drops the run waiting for `name` (queued, or asked for after the running one); a running job goes on.
    /// - Returns: whether a run was dropped.
    package func drop(_ name: String) -> Bool { state.drop(name) }

    /// Names waiting for a worker (the queue-depth metric).
    package var queued: Int { state.queued }

    /// Jobs running now.
    package var running: Int { state.running }

    /// Failures in a row for `name` (0 after a success).
    package func failureCount(of name: String) -> Int { state.failureCount(of: name) }

    /// Stops taking work (queued names and pending retries are dropped) and returns once the running jobs ended.
    /// - Parameter cancellingRunning: also cancel the running jobs, so they stop at their next safe point.
    package func shutdown(cancellingRunning: Bool = false) async {
        state.shutdown()
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
                jobs[name] = Task { [job] in
                    let succeeded: Bool
                    do {
                        try await job(name)
                        succeeded = true
                    } catch {
                        succeeded = false
                    }
                    self.finished(name, succeeded: succeeded)
                }
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
