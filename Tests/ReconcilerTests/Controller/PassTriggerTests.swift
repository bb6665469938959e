import Drivers
import Foundation
import Reconciler
import Synchronization
import Testing
import TestSupport

/// However many pushes arrive, at most one pass runs and one waits (DESIGN §6).
@Suite struct PassTriggerTests {
    /// Runs passes from `trigger` until it finishes; the first pass waits for `gate`. Returns each pass's override.
    private func consume(_ trigger: PassTrigger, firstPassWaitsFor gate: AsyncStream<Void>, started: AsyncStream<Void>.Continuation)
        async -> [Bool]
    {
        var passes: [Bool] = []
        for await overriding in trigger.requests {
            passes.append(overriding)
            if passes.count == 1 {
                started.yield()
                for await _ in gate { break }
            }
        }
        return passes
    }

    @Test(arguments: [1, 2, 200])
    func requestsDuringARunningPassFoldIntoOneMore(burst: Int) async {
        let trigger = PassTrigger()
        let (gate, open) = AsyncStream<Void>.makeStream()
        let (started, didStart) = AsyncStream<Void>.makeStream()
        trigger.request()
        async let passes = consume(trigger, firstPassWaitsFor: gate, started: didStart)
        for await _ in started { break }
        for index in 0..<burst { trigger.request(overridingBackoff: index == burst / 2) }
        open.yield()
        trigger.finish()
        let ran = await passes
        #expect(ran == [false, true], "one running pass, then exactly one for the whole burst")
    }

    @Test func anIdleTriggerRunsEachRequestAndForgetsTheOverride() async {
        let trigger = PassTrigger()
        var iterator = trigger.requests.makeAsyncIterator()
        trigger.request(overridingBackoff: true)
        #expect(await iterator.next() == true)
        trigger.request()
        #expect(await iterator.next() == false)
        trigger.finish()
        #expect(await iterator.next() == nil)
    }
}

/// A burst that outlasts one pass still makes one more pass, not one per request: the pass after it waits for the
/// requests to stop. On a stepping clock: each quiet period is one tick, and the test says who pushes in it.
@Suite struct PassTriggerSettleTests {
    private static let quiet = Duration.milliseconds(300)

    @Test(arguments: [0, 1, 5])
    func settleWaitsUntilATickPassesWithoutRequests(burstTicks: Int) async {
        let trigger = PassTrigger()
        let clock = SteppingClock { tick in if tick <= burstTicks { trigger.request() } }
        await trigger.settle(quiet: Self.quiet, limit: .seconds(10), clock: clock)
        #expect(clock.sleeps == burstTicks + 1, "one quiet tick after the last request")
    }

    @Test func settleGivesUpAtItsLimitWhileRequestsNeverStop() async {
        let trigger = PassTrigger()
        let clock = SteppingClock { _ in trigger.request() }
        await trigger.settle(quiet: Self.quiet, limit: .seconds(3), clock: clock)
        #expect(clock.sleeps == 10, "3 s of 300 ms ticks")
    }
}
