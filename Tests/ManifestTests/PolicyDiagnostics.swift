import Foundation
import Manifest

/// What the policy tests read back: diagnostics as printed (`file:line:column: path: message`).
enum PolicyDiagnostics {
    /// What decoding `deployments/web.yaml` holding `text` reports under `policy`.
    static func manifest(_ text: String, policy: Policy) -> [String] {
        var controller = ControllerConfig.default
        controller.policy = policy
        let file = SourceFile(path: "deployments/web.yaml", contents: Data(text.utf8))
        return ManifestParser.parse([file], controller: controller).diagnostics.map(\.description)
    }

    /// What parsing `berth.yaml` holding ``ControllerCorpus/repo`` and a `policy` line with `fields` reports;
    /// empty when it parses.
    static func controller(policy fields: String) -> [String] {
        let text = ControllerCorpus.config(ControllerCorpus.repo + "policy: {\(fields)}\n")
        do {
            _ = try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(text.utf8)))
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}
