import Testing

@testable import Reconciler

@Suite struct WorkQueueStateTests {
    @Test func cancelDropsAQueuedRunAndTheRerunAfterARunningOneButNotTheRunningJob() {
        var state = WorkQueueState(workers: 1)
        #expect(state.trigger("web", overridingBackoff: false) == [.start("web")])
        #expect(state.trigger("api", overridingBackoff: false) == [], "api waits for the worker")
        #expect(state.drop("api") == true)
        #expect(state.queued == 0)
        _ = state.trigger("web", overridingBackoff: false)
        #expect(state.drop("web") == true, "the rerun asked for while web runs is dropped")
        #expect(state.drop("web") == false, "the running job is not the queue's to drop")
        #expect(state.running == 1)
        #expect(state.finished("web", succeeded: true) == [], "no rerun, and api no longer waits")
        #expect(state.drop("unknown") == false)
    }

    @Test func triggersForAQueuedOrRunningKeyCoalesceIntoOneRerun() {
        var state = WorkQueueState(workers: 2)
        #expect(state.trigger("web", overridingBackoff: false) == [.start("web")])
        for _ in 0..<49 {
            #expect(state.trigger("web", overridingBackoff: false) == [])
        }
        #expect(state.finished("web", succeeded: true) == [.start("web")])
        #expect(state.finished("web", succeeded: true) == [])
        #expect(state.running == 0)
    }

    @Test func noMoreThanWorkersRunAndTheRestStartInTriggerOrder() {
        var state = WorkQueueState(workers: 2)
        let started = ["a", "b", "c", "d"].flatMap { state.trigger($0, overridingBackoff: false) }
        #expect(started == [.start("a"), .start("b")])
        #expect(state.queued == 2)
        #expect(state.finished("b", succeeded: true) == [.start("c")])
        #expect(state.finished("a", succeeded: true) == [.start("d")])
        #expect(state.running == 2)
    }

    @Test func aFailureBacksOffAndTheTimerBringsTheKeyBack() {
        var state = WorkQueueState(workers: 1)
        _ = state.trigger("web", overridingBackoff: false)
        #expect(state.finished("web", succeeded: false) == [.retry("web", failures: 1, timer: 1)])
        #expect(state.trigger("web", overridingBackoff: false) == [], "a tick folds into the pending retry")
        #expect(state.backoffElapsed("web", timer: 1) == [.start("web")])
        #expect(state.finished("web", succeeded: false) == [.retry("web", failures: 2, timer: 2)])
        #expect(state.backoffElapsed("web", timer: 2) == [.start("web")])
        #expect(state.finished("web", succeeded: true) == [])
        #expect(state.failureCount(of: "web") == 0)
    }

    @Test func anOverridingTriggerSkipsTheBackoffAndTheStaleTimerIsIgnored() {
        var state = WorkQueueState(workers: 1)
        _ = state.trigger("web", overridingBackoff: false)
        _ = state.finished("web", succeeded: false)
        #expect(state.trigger("web", overridingBackoff: true) == [.start("web")])
        #expect(state.finished("web", succeeded: false) == [.retry("web", failures: 2, timer: 2)])
        #expect(state.backoffElapsed("web", timer: 1) == [], "the first retry's timer is stale")
        #expect(state.backoffElapsed("web", timer: 2) == [.start("web")])
    }

    @Test func aTriggerWhileAFailingRunRunsFoldsIntoTheRetryUnlessItOverrides() {
        var state = WorkQueueState(workers: 1)
        _ = state.trigger("web", overridingBackoff: false)
        _ = state.trigger("web", overridingBackoff: false)
        #expect(state.finished("web", succeeded: false) == [.retry("web", failures: 1, timer: 1)])
        _ = state.backoffElapsed("web", timer: 1)
        _ = state.trigger("web", overridingBackoff: true)
        #expect(state.finished("web", succeeded: false) == [.start("web")])
    }

    @Test func shutdownDropsQueuedWorkAndRunningJobsFinishWithoutReruns() {
        var state = WorkQueueState(workers: 1)
        _ = state.trigger("web", overridingBackoff: false)
        _ = state.trigger("api", overridingBackoff: false)
        _ = state.trigger("web", overridingBackoff: false)
        state.shutdown()
        #expect(state.queued == 0)
        #expect(state.trigger("cache", overridingBackoff: true) == [])
        #expect(state.finished("web", succeeded: true) == [])
        #expect(state.running == 0)
    }

    @Test func backoffDoublesUpToTheCapAndJitterOnlyShortensIt() {
        let backoff = WorkQueueBackoff(initial: .seconds(1), maximum: .seconds(10), jitter: 0.5)
        #expect(
            (1...6).map { backoff.delay(afterFailures: $0, random: 0) } == [1, 2, 4, 8, 10, 10].map(Duration.seconds))
        #expect(backoff.delay(afterFailures: 3, random: 0.5) == .seconds(3))
        #expect(backoff.delay(afterFailures: 1_000, random: 0.999) > .seconds(5))
    }
}
