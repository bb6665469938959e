/// How the review gate did on a labelled corpus: the confusion counts and the names of the cases it got wrong.
package struct CorpusScore: Sendable, Hashable {
    /// Risky changes blocked.
    package private(set) var truePositives = 0
    /// Benign changes blocked.
    package private(set) var falsePositives = 0
    /// Risky changes let through.
    package private(set) var falseNegatives = 0
    /// Benign changes let through.
    package private(set) var trueNegatives = 0
    /// The risky cases let through, by name, in corpus order.
    package private(set) var missed: [String] = []
    /// The benign cases blocked, by name, in corpus order.
    package private(set) var falseAlarms: [String] = []

    package init() {}

    /// Counts one case.
    package mutating func record(_ change: ReviewCase, judgedRight: Bool) {
        switch (change.isRisky, judgedRight) {
        case (true, true): truePositives += 1
        case (true, false):
            falseNegatives += 1
            missed.append(change.name)
        case (false, true): trueNegatives += 1
        case (false, false):
            falsePositives += 1
            falseAlarms.append(change.name)
        }
    }

    /// Blocked changes that were risky; 1 when nothing was blocked.
    package var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// Risky changes that were blocked; 1 when there were none.
    package var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    /// Every case counted.
    package var cases: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
}
