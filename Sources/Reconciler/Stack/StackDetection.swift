package import Manifest

/// The stack detection chose for a build context, the candidates it passed over and why.
package struct StackDetection: Sendable, CustomStringConvertible {
    /// The winning candidate.
    package let chosen: StackCandidate
    /// The other candidates found, best first.
    package let passedOver: [StackCandidate]

    /// Why the winner won, in words; nil when it was the only candidate.
    package var reason: String? {
        guard let runnerUp = passedOver.first else { return nil }
        let rule =
            chosen.rank > runnerUp.rank
            ? "\(chosen.rank) outranks \(runnerUp.rank)"
            : "both have \(chosen.rank); on a tie the earlier stack in berth's order "
                + "(\(Stack.allCases.map(\.rawValue).joined(separator: ", "))) wins"
        return "\(chosen) over \(passedOver.map(\.description).joined(separator: " and ")): \(rule)"
    }

    /// The Dockerfile for the chosen app, with base images from `images`.
    package func dockerfile(images: StackImages) -> String { chosen.app.dockerfile(images: images) }

    /// `node (express, npm): package.json has ...`, then the reason when there was a choice.
    package var description: String {
        let line = "\(chosen.title): \(chosen.evidence.joined(separator: "; "))"
        guard let reason else { return line }
        return "\(line)\nchosen \(reason)"
    }
}
