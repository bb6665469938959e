/// A labelled corpus of small changes for the static reviewer: ``risky`` ones it must flag and ``benign``
/// look-alikes it must let through. The corpus test commits each one to a real git repository and reviews the
/// diff; `berth bench review` measures precision and recall on it.
package enum ReviewCorpus {
    /// Every case, risky first.
    package static var all: [ReviewCase] { risky + benign }
}
