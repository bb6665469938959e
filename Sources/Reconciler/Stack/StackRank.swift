/// How strongly a candidate's evidence says "this is the app": the higher rank wins when two stacks are found.
package enum StackRank: Int, Sendable, Comparable, CustomStringConvertible {
    /// Only plain files (an `index.html`): the static site, chosen when nothing else is there.
    case files = 0
    /// A manifest for tooling only (e.g. a package.json with only devDependencies for assets).
    case tooling = 1
    /// A package manifest with runtime dependencies or a build file.
    case manifest = 2
    /// A web framework or an app entry point the stack's conventions name.
    case framework = 3

    package static func < (lhs: StackRank, rhs: StackRank) -> Bool { lhs.rawValue < rhs.rawValue }

    package var description: String {
        switch self {
        case .files: "plain files"
        case .tooling: "a manifest for tooling only"
        case .manifest: "a package manifest with dependencies"
        case .framework: "a detected framework or app entry point"
        }
    }
}
