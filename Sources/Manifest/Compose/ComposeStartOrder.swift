/// The start order of a compose file's services from their `depends_on` edges: dependencies first, file order
/// otherwise, and the cycles that keep some services from any order.
struct ComposeStartOrder {
    /// Service indexes, each after every service it depends on; the members of cycles (and what depends on them)
    /// come last, in file order.
    let order: [Int]
    /// Each cycle found, as service indexes in dependency order (`[a, b]`: a depends on b, b on a).
    let cycles: [[Int]]

    /// - Parameter edges: for each service, the indexes of the services it depends on.
    init(edges: [[Int]]) {
        var remaining = Array(edges.indices)
        var placed = Set<Int>()
        var order: [Int] = []
        // Repeatedly place the first service (in file order) whose dependencies are all placed.
        while let next = remaining.firstIndex(where: { edges[$0].allSatisfy(placed.contains) }) {
            let service = remaining.remove(at: next)
            placed.insert(service)
            order.append(service)
        }
        // What is left depends on a cycle or is on one: walk dependencies among the left until one repeats.
        let left = Set(remaining)
        var cycles: [[Int]] = []
        var seen = Set<Int>()
        for start in remaining where !seen.contains(start) {
            var walk: [Int] = []
            var position: [Int: Int] = [:]
            var current = start
            while !seen.contains(current) {
                if let first = position[current] {
                    cycles.append(Array(walk[first...]))
                    break
                }
                position[current] = walk.count
                walk.append(current)
                guard let dependency = edges[current].first(where: left.contains) else { break }
                current = dependency
            }
            seen.formUnion(walk)
        }
        self.order = order + remaining
        self.cycles = cycles
    }
}
