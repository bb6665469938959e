import Foundation
import Manifest
import Testing

/// One broken input and every diagnostic it must produce, exactly (`file:line:column: path: message`).
struct BrokenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let files: [SourceFile]
    let policy: Policy?
    let expected: [String]

    /// A case of one file, `deployments/web.yaml`.
    init(_ name: String, _ text: String, policy: Policy? = nil, _ expected: String...) {
        self.name = name
        self.files = [SourceFile(path: "deployments/web.yaml", contents: Data(text.utf8))]
        self.policy = policy
        self.expected = expected
    }

    /// A case of several files.
    init(_ name: String, files: [(String, String)], _ expected: String...) {
        self.name = name
        self.files = files.map { SourceFile(path: $0.0, contents: Data($0.1.utf8)) }
        self.policy = nil
        self.expected = expected
    }

    /// A case whose file is given as bytes.
    init(_ name: String, bytes: Data, _ expected: String...) {
        self.name = name
        self.files = [SourceFile(path: "deployments/web.yaml", contents: bytes)]
        self.policy = nil
        self.expected = expected
    }

    var testDescription: String { name }

    /// The controller config the case runs against.
    var controller: ControllerConfig {
        var config = ControllerConfig.default
        if let policy { config.policy = policy }
        return config
    }
}

/// A `web` deployment whose `spec` is `spec` (indented two spaces); its spec starts on line 5.
func web(_ spec: String) -> String {
    "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n" + spec
}
