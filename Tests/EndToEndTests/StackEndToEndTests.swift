import Drivers
import Foundation
import Reconciler
import TestSupport
import Testing

/// Apps without a Dockerfile built from berth's generated Dockerfiles by `berth apply` on the real engine: the
/// fixtures under `Tests/Fixtures/stacks` are committed to real git repositories (dependencies vendored, since
/// builds reach no registry) and built on the base images `scripts/bootstrap` makes from Debian's packages, mapped
/// through `stacks.<stack>.baseImage`. Each must serve on the `PORT` berth gives it and pass its health check.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct StackEndToEndTests {
    private static let stacks = """
        stacks:
          static: {baseImage: "\(DockerTestEnvironment.baseImage)"}
          python: {baseImage: "berth-test/python:3"}
          node: {baseImage: "berth-test/node:18"}
        """

    /// Where Debian's `node-*` packages put their modules.
    private static let debianNodeModules = URL(fileURLWithPath: "/usr/share/nodejs")

    /// Commits the fixture folder `stacks/<fixture>` to the app repository `short`.
    private static func commitFixture(_ fixture: String, as short: String, in scenario: Scenario) throws -> GitFixture {
        let app = try scenario.app(short)
        let root = Fixtures.directory.appendingPathComponent("stacks/\(fixture)")
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted() {
            let file = root.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            try app.write(try Data(contentsOf: file), to: path)
        }
        return app
    }

    /// Copies `module` and every module it depends on, transitively, from Debian's packages into `node_modules/`
    /// of `app` (a dependency Debian bundles inside its parent comes along with it).
    private static func vendorDebianModules(_ module: String, into app: GitFixture) throws {
        var pending = [module]
        var copied: Set<String> = []
        while let name = pending.popLast() {
            guard !copied.contains(name) else { continue }
            let source = debianNodeModules.appendingPathComponent(name).resolvingSymlinksInPath()
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            copied.insert(name)
            let target = app.work.appendingPathComponent("node_modules/\(name)")
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try GitCommand.run("/bin/cp", ["-rL", source.path, target.path])
            let manifest = try Data(contentsOf: source.appendingPathComponent("package.json"))
            let object = try JSONSerialization.jsonObject(with: manifest) as? [String: Any]
            pending += ((object?["dependencies"] as? [String: Any]) ?? [:]).keys
        }
    }

    @Test func staticFlaskAndExpressServeOnPortFromGeneratedDockerfiles() async throws {
        try #require(
            FileManager.default.fileExists(atPath: Self.debianNodeModules.appendingPathComponent("express").path),
            "Debian's node-express is installed by scripts/bootstrap")
        try await Scenario.run(controllerExtra: Self.stacks) { scenario in
            let site = try Self.commitFixture("static-site", as: "site", in: scenario)
            try site.commitAndPush("static site")
            let flask = try Self.commitFixture("flask", as: "flask", in: scenario)
            try flask.commitAndPush("flask app with vendored wheels")
            let express = try Self.commitFixture("express", as: "express", in: scenario)
            try Self.vendorDebianModules("express", into: express)
            try express.commitAndPush("express app with node_modules from Debian")
            try scenario.commitConfig([
                "site.yaml": try scenario.manifest("site"),
                "flask.yaml": try scenario.manifest("flask"),
                "express.yaml": try scenario.manifest("express"),
            ])

            let apply = try scenario.berth("apply")
            #expect(apply.status == 0, "\(apply)")
            let expected = [
                ("site", "static site served by busybox httpd", "static: index.html at the root"),
                ("flask", "flask app served by berth", "python (flask, pip): flask in requirements.txt, app.py"),
                ("express", "express app served by berth", "node (express, npm): package.json has a start script"),
            ]
            for (short, page, detection) in expected {
                let container = try #require(await scenario.onlyContainer(short), "one container for \(short)")
                #expect(container.state == .running, "\(short)")
                #expect(scenario.page(at: container.port)?.contains(page) == true, "\(short) serves on its PORT")
                let rollout = try #require(try await scenario.history(short).first)
                #expect(rollout.result == .succeeded, "\(short): \(rollout)")
                let log = try scenario.berth("logs", "--run", String(try #require(rollout.id)))
                #expect(log.stdout.contains("generated Dockerfile for \(detection)"), "\(short): \(log.stdout)")
                #expect(log.stdout.contains("| USER 10001:10001"), "\(short): the Dockerfile is stored with the run")
            }
        }
    }
}
