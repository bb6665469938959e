/// Which of a pass's deployments may start their work: a deployment waits until every deployment it depends on
/// (a compose service's `depends_on`) that is in the same pass has finished, whatever the outcome.
///
/// A pure bookkeeping value the apply loop consults; dependencies outside the pass are not waited for.
struct StartOrder {
    /// For each waiting deployment, the dependencies in the pass that have not finished.
    private var waiting: [String: Set<String>] = [:]
    /// The deployments that may start now, in the order given.
    private(set) var ready: [String] = []

    /// - Parameters:
    ///   - names: the pass's deployments, in the order their work should start when nothing holds them back.
    ///   - dependsOn: each deployment's dependencies.
    init(_ names: [String], dependsOn: [String: [String]]) {
        let inPass = Set(names)
        for name in names {
            let pending = Set(dependsOn[name, default: []].filter { inPass.contains($0) && $0 != name })
            if pending.isEmpty {
                ready.append(name)
            } else {
                waiting[name] = pending
            }
        }
    }

    /// Records that `name` finished; returns the deployments that may start now, in name order.
    mutating func finished(_ name: String) -> [String] {
        var released: [String] = []
        for (waiter, pending) in waiting where pending.contains(name) {
            let rest = pending.subtracting([name])
            if rest.isEmpty {
                waiting[waiter] = nil
                released.append(waiter)
            } else {
                waiting[waiter] = rest
            }
        }
        return released.sorted()
    }

    /// Releases every deployment still waiting (in name order): what a loop with nothing left running does, so that
    /// dependencies that can never finish (a cycle) hold nothing back for ever.
    mutating func releaseAll() -> [String] {
        defer { waiting = [:] }
        return waiting.keys.sorted()
    }
}
