package import Manifest

/// One stack found in a build context, with the evidence for it in words.
package struct StackCandidate: Sendable, CustomStringConvertible {
    /// The stack found.
    package let stack: Stack
    /// The framework, when one was recognised (`express`, `django`, `rails`, ...).
    package let framework: String?
    /// The package manager or build tool (`npm`, `poetry`, `maven`, ...).
    package let packageManager: String?
    /// How strongly the evidence says this is the app (see ``StackDetector``'s rule).
    package let rank: StackRank
    /// What was found, one phrase each ("package.json has a start script and express in dependencies").
    package let evidence: [String]
    /// The health path the framework's convention offers (Rails' `/up`), nil when it has none.
    package let healthPath: String?
    let app: any StackApp

    /// `node (express, npm)`: the stack with its framework and package manager.
    package var title: String {
        let details = [framework, packageManager].compactMap(\.self)
        return details.isEmpty ? stack.rawValue : "\(stack.rawValue) (\(details.joined(separator: ", ")))"
    }

    /// `node (package.json has a start script and express in dependencies)`: the stack with its evidence.
    package var description: String { "\(stack.rawValue) (\(evidence.joined(separator: "; ")))" }
}
