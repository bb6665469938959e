import Foundation
import Manifest
import Testing

/// `spec.source.stack` in manifests and `stacks` in the controller config (DESIGN §14): values, located errors
/// listing what is valid, and hashes that stay put for deployments that never name a stack.
@Suite struct StackFieldsTests {
    private static let source = "  source: {repo: https://git.example.com/a/web.git%@}\n  ports: [{container: 80}]\n"

    private func parse(_ sourceExtra: String) -> DesiredState {
        let text = web(Self.source.replacingOccurrences(of: "%@", with: sourceExtra))
        return ManifestParser.parse([SourceFile(path: "deployments/web.yaml", contents: Data(text.utf8))])
    }

    private func stack(_ sourceExtra: String) throws -> SourceStack? {
        let state = parse(sourceExtra)
        #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
        guard case .source(let source, _, _) = try #require(state.deployments.first).spec.artifact else {
            Issue.record("not a source deployment")
            return nil
        }
        return source.stack
    }

    @Test func stackDecodesEveryValue() throws {
        #expect(try stack("") == nil)
        #expect(try stack(", stack: dockerfile") == .dockerfile)
        #expect(try stack(", stack: auto") == .auto)
        for value in Stack.allCases { #expect(try stack(", stack: \(value.rawValue)") == .stack(value)) }
    }

    @Test func anUnknownStackIsLocatedAndListsTheValidOnes() {
        let state = parse(", stack: django")
        #expect(state.deployments.isEmpty)
        #expect(
            state.diagnostics.map(\.description) == [
                "deployments/web.yaml:5:60: spec.source.stack: \"django\" is not a way to build (dockerfile, auto, "
                    + "node, python, go, rust, java, ruby, php, dotnet or static)"
            ])
    }

    @Test func leavingStackOutKeepsTheHashAndNamingOneChangesIt() throws {
        let hashes = try ["", ", stack: auto", ", stack: python"].map { extra in
            try #require(parse(extra).deployments.first).specHash
        }
        #expect(Set(hashes).count == 3)
        let deployment = try #require(parse("").deployments.first)
        let committed = try #require(deployment.buildInputHash(contextTree: "abc"))
        #expect(deployment.buildInputHash(contextTree: "abc", generatedDockerfile: nil) == committed)
        let generated = deployment.buildInputHash(contextTree: "abc", generatedDockerfile: "FROM a\n")
        #expect(generated != committed)
        #expect(deployment.buildInputHash(contextTree: "abc", generatedDockerfile: "FROM b\n") != generated)
    }

    private static let head =
        "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://git.example.com/a/b.git}\n"

    private static func controller(_ text: String) throws -> ControllerConfig {
        try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data((head + text).utf8)))
    }

    private static func problems(_ text: String) -> [String] {
        do {
            _ = try controller(text)
            return []
        } catch let error as DiagnosticList {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func stacksMapBaseImages() throws {
        let config = try Self.controller(
            "stacks:\n  python: {baseImage: \"berth-test/python:3\"}\n  go: {baseImage: golang:1.23, runtimeImage: busybox}\n"
        )
        #expect(
            config.stacks == [
                .python: StackImageSettings(baseImage: "berth-test/python:3"),
                .go: StackImageSettings(baseImage: "golang:1.23", runtimeImage: "busybox"),
            ])
        #expect(try Self.controller("").stacks.isEmpty)
    }

    @Test func anUnknownStackKeyOrBadImageIsLocated() {
        #expect(
            Self.problems("stacks:\n  elixir: {baseImage: elixir:1}\n") == [
                "berth.yaml:5:3: stacks.elixir: \"elixir\" is not a stack (node, python, go, rust, java, ruby, php, "
                    + "dotnet or static)"
            ])
        let bad = Self.problems("stacks:\n  node: {baseImage: \"Not An Image\"}\n")
        #expect(bad.count == 1)
        #expect(
            bad.first?.hasPrefix("berth.yaml:5:21: stacks.node.baseImage: \"Not An Image\" is not an image reference")
                == true)
    }
}
