import Drivers
import Synchronization
import Testing

/// ``Slots`` bounds how many bodies run at once and hands a freed slot to the longest waiter.
@Suite struct SlotsTests {
    /// Counts bodies inside at once and the most there ever were.
    final class Occupancy: Sendable {
        private let state = Mutex((now: 0, most: 0))
        func enter() { state.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }
        func leave() { state.withLock { $0.now -= 1 } }
        var most: Int { state.withLock { $0.most } }
    }

    /// The order bodies ran in.
    final class Order: Sendable {
        private let list = Mutex<[Int]>([])
        func append(_ index: Int) { list.withLock { $0.append(index) } }
        var indices: [Int] { list.withLock { $0 } }
    }

    @Test func neverMoreBodiesRunThanSlotsAndEveryBodyRuns() async {
        let slots = Slots(3)
        let occupancy = Occupancy()
        let finished = await withTaskGroup(of: Int.self) { group in
            for index in 0..<40 {
                group.addTask {
                    await slots.run {
                        occupancy.enter()
                        await Task.yield()
                        try? await Task.sleep(for: .milliseconds(1))
                        occupancy.leave()
                        return index
                    }
                }
            }
            return await group.reduce(into: Set<Int>()) { $0.insert($1) }
        }
        #expect(finished == Set(0..<40))
        #expect(occupancy.most == 3)
        #expect(slots.waiting == 0)
    }

    @Test func aFreedSlotGoesToTheLongestWaiter() async throws {
        let slots = Slots(1)
        let order = Order()
        let (holding, release) = AsyncStream<Void>.makeStream()
        let inside = Atomic(false)
        let holder = Task {
            await slots.run {
                inside.store(true, ordering: .sequentiallyConsistent)
                for await _ in holding {}
            }
        }
        while !inside.load(ordering: .sequentiallyConsistent) { try await Task.sleep(for: .milliseconds(1)) }
        var waiters: [Task<Void, Never>] = []
        for index in 0..<5 {
            waiters.append(Task { await slots.run { order.append(index) } })
            while slots.waiting < index + 1 { try await Task.sleep(for: .milliseconds(1)) }
        }
        release.finish()
        await holder.value
        for waiter in waiters { await waiter.value }
        #expect(order.indices == [0, 1, 2, 3, 4])
    }

    @Test func aThrowingBodyFreesItsSlot() async {
        let slots = Slots(1)
        struct Failure: Error {}
        await #expect(throws: Failure.self) { try await slots.run { throw Failure() } }
        #expect(await slots.run { 7 } == 7)
    }
}
