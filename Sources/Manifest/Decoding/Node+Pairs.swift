import Yams

extension Node.Mapping {
    /// Visits each key and value in order.
    ///
    /// Iterates by index: Yams' `makeIterator()` first copies every pair into a new array, which shows in
    /// profiles of large manifest sets.
    func forEachPair(_ body: (_ key: Node, _ value: Node) -> Void) {
        var index = startIndex
        while index < endIndex {
            let pair = self[index]
            body(pair.key, pair.value)
            index = self.index(after: index)
        }
    }
}
