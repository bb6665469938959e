import Reconciler
import Testing

/// What the jobs did, for assertions; a job can be held at a gate until the test opens it.
private actor JobLog {
    private(set) var runs: [String] = []
    private(set) var finished: [String] = []
    private(set) var concurrent = 0
    private(set) var mostConcurrent = 0
    private var gateOpen = true

    func closeGate() { gateOpen = false }
    func openGate() { gateOpen = true }

    func started(_ name: String) {
        runs.append(name)
        concurrent += 1
        mostConcurrent = max(mostConcurrent, concurrent)
    }

    func ended(_ name: String) {
        concurrent -= 1
        finished.append(name)
    }

    func count(of name: String) -> Int { runs.filter { $0 == name }.count }

    /// A job that waits at the gate and `hold`, then fails when `fails` says so.
    nonisolated func job(
        hold: Duration = .milliseconds(20), fails: @escaping @Sendable (String, Int) -> Bool = { _, _ in false }
    )
        -> WorkQueue.Job
    {
        { name in
            await self.started(name)
            while await !self.gateOpen { try? await Task.sleep(for: .milliseconds(5)) }
            try? await Task.sleep(for: hold)
            let attempt = await self.count(of: name)
            await self.ended(name)
            if fails(name, attempt) { throw JobFailure() }
        }
    }

    /// Waits (up to a generous 10 s) until `condition` holds.
    func waitUntil(_ condition: @Sendable (isolated JobLog) -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while !condition(self) {
            guard ContinuousClock.now < deadline else { throw Timeout() }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    struct JobFailure: Error {}
    struct Timeout: Error {}
}

@Suite struct WorkQueueTests {
    @Test func fiftyTriggersAtOnceForOneDeploymentRunItOnceOrTwice() async throws {
        let log = JobLog()
        await log.closeGate()
        let queue = WorkQueue(workers: 2, job: log.job())
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<50 { group.addTask { await queue.trigger("web") } }
        }
        await log.openGate()
        try await log.waitUntil { $0.finished.count >= 1 }
        try await log.waitUntil { $0.concurrent == 0 && $0.finished.count == $0.runs.count }
        try await Task.sleep(for: .milliseconds(100))
        let runs = await log.count(of: "web")
        #expect((1...2).contains(runs))
        #expect(await log.mostConcurrent == 1)
        await queue.shutdown()
    }

    @Test func aTriggerWhileRunningCausesExactlyOneRerun() async throws {
        let log = JobLog()
        await log.closeGate()
        let queue = WorkQueue(workers: 2, job: log.job())
        await queue.trigger("web")
        try await log.waitUntil { $0.runs.count == 1 }
        for _ in 0..<10 { await queue.trigger("web") }
        await log.openGate()
        try await log.waitUntil { $0.finished.count == 2 }
        try await Task.sleep(for: .milliseconds(100))
        #expect(await log.runs == ["web", "web"])
        await queue.shutdown()
    }

    @Test func noMoreJobsRunAtOnceThanThereAreWorkers() async throws {
        let log = JobLog()
        let queue = WorkQueue(workers: 2, job: log.job(hold: .milliseconds(30)))
        let names = (1...6).map { "app-\($0)" }
        for name in names { await queue.trigger(name) }
        try await log.waitUntil { $0.finished.count == 6 }
        #expect(await log.mostConcurrent == 2)
        #expect(await Set(log.runs) == Set(names))
        await queue.shutdown()
    }

    @Test func aFailingJobIsRetriedUntilItSucceedsWhichResetsTheCount() async throws {
        let log = JobLog()
        let backoff = WorkQueueBackoff(initial: .milliseconds(10), maximum: .milliseconds(80), jitter: 0)
        let queue = WorkQueue(workers: 1, backoff: backoff, job: log.job(hold: .zero) { _, attempt in attempt <= 3 })
        await queue.trigger("web")
        try await log.waitUntil { $0.finished.count == 3 }
        #expect(await queue.failureCount(of: "web") >= 2)
        try await log.waitUntil { $0.finished.count == 4 }
        try await Task.sleep(for: .milliseconds(50))
        #expect(await queue.failureCount(of: "web") == 0)
        #expect(await log.count(of: "web") == 4, "retried until it succeeded, then left alone")
        await queue.shutdown()
    }

    @Test func aFailingDeploymentIsNotRetriedBeforeItsBackoff() async throws {
        let log = JobLog()
        let backoff = WorkQueueBackoff(initial: .seconds(30), maximum: .seconds(60), jitter: 0)
        let queue = WorkQueue(workers: 1, backoff: backoff, job: log.job(hold: .zero) { _, _ in true })
        await queue.trigger("web")
        try await log.waitUntil { $0.finished.count == 1 }
        await queue.trigger("web")
        try await Task.sleep(for: .milliseconds(100))
        #expect(await log.count(of: "web") == 1, "an ordinary trigger waits for the backoff")
        await queue.trigger("web", overridingBackoff: true)
        try await log.waitUntil { $0.finished.count == 2 }
        #expect(await queue.failureCount(of: "web") == 2)
        await queue.shutdown()
    }

    @Test func shutdownWaitsForRunningJobsAndTakesNoMoreWork() async throws {
        let log = JobLog()
        let queue = WorkQueue(workers: 1, job: log.job(hold: .milliseconds(200)))
        await queue.trigger("web")
        await queue.trigger("api")
        try await log.waitUntil { $0.runs.count == 1 }
        await queue.shutdown()
        #expect(
            await log.finished == ["web"], "the running job ended before shutdown returned; the queued one never ran")
        await queue.trigger("cache")
        try await Task.sleep(for: .milliseconds(50))
        #expect(await log.runs == ["web"])
        #expect(await queue.running == 0)
    }
}
