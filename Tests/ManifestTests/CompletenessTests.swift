import Foundation
import Manifest
import Testing

/// Desired state is complete only when every document was read and has a valid, unique name (DESIGN §4): that is
/// what allows a pass to prune, so every way a document can lose its name must make it incomplete.
@Suite struct CompletenessTests {
    private static func manifest(name: String, extra: String = "") -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(name)}
        spec:
          image: berth-test/busybox:latest
        \(extra)
        """
    }

    private static func state(_ files: [String: String]) -> DesiredState {
        ManifestParser.parse(files.sorted { $0.key < $1.key }.map { SourceFile(path: $0.key, contents: Data($0.value.utf8)) })
    }

    @Test func validDocumentsAreComplete() {
        let state = Self.state(["a.yaml": Self.manifest(name: "a"), "b.yaml": Self.manifest(name: "b")])
        #expect(state.incompleteReasons.isEmpty)
    }

    /// A named document with a bad field is invalid but complete: its own name protects its deployment.
    @Test func aNamedInvalidDocumentKeepsDesiredStateComplete() {
        let state = Self.state(["a.yaml": Self.manifest(name: "a", extra: "  ports: [{container: 70000}]")])
        #expect(state.invalid.map(\.name) == ["a"])
        #expect(state.incompleteReasons.isEmpty)
    }

    @Test(arguments: [
        ("a tab in the indentation", "apiVersion: berth/v1\nkind: Deployment\nmetadata:\n\tname: web\nspec: {image: x}\n"),
        ("a name that is not a DNS label", CompletenessTests.manifest(name: "Web_1")),
        ("no metadata", "apiVersion: berth/v1\nkind: Deployment\nspec: {image: x}\n"),
        ("an unclosed flow mapping", "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: web\nspec: {}\n"),
        ("a name that is not a string", CompletenessTests.manifest(name: "[web]")),
        ("a document that is a list", "- apiVersion: berth/v1\n- kind: Deployment\n"),
        ("an empty name", CompletenessTests.manifest(name: "\"\"")),
    ])
    func aDocumentWithoutAReadableNameMakesDesiredStateIncomplete(_ why: String, _ text: String) {
        let state = Self.state(["ok.yaml": Self.manifest(name: "ok"), "broken.yaml": text])
        #expect(!state.incompleteReasons.isEmpty, "\(why) must make desired state incomplete")
        #expect(state.incompleteReasons.allSatisfy { $0.hasPrefix("broken.yaml:") }, "\(state.incompleteReasons)")
    }

    @Test func aNameDeclaredTwiceMakesDesiredStateIncomplete() {
        let state = Self.state(["a.yaml": Self.manifest(name: "web"), "b.yaml": Self.manifest(name: "web")])
        #expect(state.incompleteReasons.contains { $0.contains("\"web\" is declared more than once") })
    }
}
