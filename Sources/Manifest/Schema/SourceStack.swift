/// `spec.source.stack`: how the image is built. Default (left out): `dockerfile` when the Dockerfile exists at the
/// path, else `auto` (DESIGN §14).
package enum SourceStack: Sendable, Hashable, CaseIterable, RawRepresentable {
    /// Build the Dockerfile committed at `source.dockerfile`.
    case dockerfile
    /// Detect the stack from the files at `source.path` and build a generated Dockerfile.
    case auto
    /// Build a generated Dockerfile for this stack (detection only looks for it).
    case stack(Stack)

    package static var allCases: [SourceStack] { [.dockerfile, .auto] + Stack.allCases.map(SourceStack.stack) }

    package init?(rawValue: String) {
        switch rawValue {
        case "dockerfile": self = .dockerfile
        case "auto": self = .auto
        default:
            guard let stack = Stack(rawValue: rawValue) else { return nil }
            self = .stack(stack)
        }
    }

    package var rawValue: String {
        switch self {
        case .dockerfile: "dockerfile"
        case .auto: "auto"
        case .stack(let stack): stack.rawValue
        }
    }
}
