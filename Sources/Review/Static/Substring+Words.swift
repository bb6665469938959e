extension Substring {
    /// Adds the names this text mentions to `words`: runs of letters, digits and `_` that start with a letter or `_`
    /// and are at least `minimumLength` long, in code, strings and comments alike.
    func collectWords(into words: inout Set<Substring>, minimumLength: Int = 1) {
        var start: Index?
        for index in indices {
            let character = self[index]
            if character.isLetter || character == "_" || start != nil && character.isNumber {
                if start == nil { start = index }
            } else if let begun = start {
                if distance(from: begun, to: index) >= minimumLength { words.insert(self[begun..<index]) }
                start = nil
            }
        }
        if let begun = start, distance(from: begun, to: endIndex) >= minimumLength { words.insert(self[begun...]) }
    }
}
