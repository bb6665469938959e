import Testing

@testable import Reconciler

/// A deployment's work starts after the deployments it depends on (in the same pass) have finished.
@Suite struct StartOrderTests {
    @Test func dependenciesFinishBeforeTheirDependentsStart() {
        var order = StartOrder(
            ["web", "api", "db", "cache"], dependsOn: ["web": ["api", "cache"], "api": ["db"]])
        #expect(order.ready == ["db", "cache"])
        #expect(order.finished("cache") == [], "web still waits for api")
        #expect(order.finished("db") == ["api"])
        #expect(order.finished("api") == ["web"])
        #expect(order.finished("web") == [] && order.releaseAll() == [])
    }

    @Test func dependenciesOutsideThePassAndOnItselfAreNotWaitedFor() {
        let order = StartOrder(["web"], dependsOn: ["web": ["db", "web"]])
        #expect(order.ready == ["web"], "db is not in this pass (in sync, or left out by --only)")
    }

    @Test func whatCanNeverBeReleasedIsReleasedWhenNothingRuns() {
        var order = StartOrder(["a", "b", "c"], dependsOn: ["a": ["b"], "b": ["a"]])
        #expect(order.ready == ["c"])
        #expect(order.finished("c") == [])
        #expect(order.releaseAll() == ["a", "b"])
        #expect(order.releaseAll() == [])
    }
}
