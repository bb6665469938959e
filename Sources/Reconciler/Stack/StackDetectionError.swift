package import Manifest

/// Why no stack could be detected in a build context.
package enum StackDetectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing of any stack was found; carries what was looked for, stack by stack.
    case noStack(path: String, lookedFor: [String])
    /// `source.path` is not a folder at the commit.
    case missingPath(String)
    /// `source.stack` names a stack whose files are not there; carries what was looked for.
    case stackNotFound(Stack, path: String, lookedFor: String)

    package var description: String {
        switch self {
        case .noStack(let path, let lookedFor):
            "no stack detected at \(path): looked for \(lookedFor.joined(separator: "; ")); "
                + "commit a Dockerfile or set source.stack"
        case .missingPath(let path):
            "spec.source.path: \(path) is not a folder at this commit"
        case .stackNotFound(let stack, let path, let lookedFor):
            "spec.source.stack: \(stack.rawValue) was asked for but \(path) has no \(lookedFor)"
        }
    }
}
