import Foundation
import Manifest
import Reconciler
import TestSupport
import Testing

@Suite struct LocalManifestsTests {
    /// The repository's examples/desired-state, found from this file's place in the checkout.
    private static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/desired-state")

    @Test func theExamplesValidateCleanAgainstTheirControllerConfig() throws {
        let controller = try LocalManifests.controllerConfig(at: Self.examples.appendingPathComponent("berth.yaml").path)
        let desired = try LocalManifests.desiredState(
            at: Self.examples.appendingPathComponent("deployments").path, controller: controller
        )
        #expect(desired.diagnostics.isEmpty, "\(desired.diagnostics)")
        #expect(desired.deployments.map(\.name) == ["clock", "web"])
    }

    @Test func errorsFromSeveralFilesAreAllReportedWithTheirPlaces() throws {
        let dir = try TemporaryDirectory()
        try dir.write("apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {image: x, cpus: 1}\n", to: "a.yaml")
        try dir.write("apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: b}\nspec: {image: x, stopGracePeriod: soon}\n", to: "nested/b.yml")
        let desired = try LocalManifests.desiredState(at: dir.url.path, controller: .default)
        let places = desired.diagnostics.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.path)" }
        #expect(places == ["a.yaml:4:spec.cpus", "b.yml:4:spec.stopGracePeriod"])
    }

    @Test func aComposeBuildInALocalWorkTreeBuildsFromItsCheckedOutBranch() throws {
        let fixture = try GitFixture()
        try fixture.write("services: {web: {build: ../images/web}}\n", to: "deployments/shop/compose.yaml")
        let desired = try LocalManifests.desiredState(
            at: fixture.work.appendingPathComponent("deployments").path, controller: .default)
        #expect(desired.diagnostics.isEmpty, "\(desired.diagnostics)")
        guard case .source(let source, _, _) = desired.deployments.first?.spec.artifact else {
            Issue.record("web builds from source: \(desired.deployments)")
            return
        }
        let top = fixture.work.standardizedFileURL.path
        #expect(source.repo == "file://" + top && source.ref == "main" && source.path == "deployments/images/web")
    }

    @Test func aComposeBuildOutsideAGitWorkTreeIsALocatedError() throws {
        let dir = try TemporaryDirectory()
        try dir.write("services: {web: {build: .}}\n", to: "shop/compose.yaml")
        let desired = try LocalManifests.desiredState(at: dir.url.path, controller: .default)
        #expect(
            desired.diagnostics.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column): \($0.path)" }
                == ["compose.yaml:1:25: services.web.build"], "\(desired.diagnostics)")
    }

    @Test func unreadableControllerConfigIsOneLocatedDiagnostic() {
        #expect {
            try LocalManifests.controllerConfig(at: "/nonexistent/berth.yaml")
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.file == "/nonexistent/berth.yaml"
        }
    }
}
