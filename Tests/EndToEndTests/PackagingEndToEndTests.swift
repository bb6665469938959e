import Foundation
import Manifest
import TestSupport
import Testing

/// Issue 17's must-shows 2 and 3: the .deb installs into a clean Debian 12 root with its dependencies, runs there, and
/// systemd accepts its unit; the container image plans and applies against the host's engine through the socket and
/// keeps its state on a volume across re-creating the container.
@Suite(.serialized, .enabled(if: PackagedBerth.missing.isEmpty, Comment(rawValue: PackagedBerth.skipReason)))
struct PackagingEndToEndTests {
    @Test func theDebInstallsIntoACleanDebianRootWhereBerthRunsAndSystemdAcceptsTheUnit() throws {
        let deb = try PackagedBerth.deb.get()
        let contents = try GitCommand.run("/usr/bin/dpkg-deb", ["--contents", deb.path]).text
        for path in [
            "./usr/bin/berth", "./lib/systemd/system/berth.service", "./usr/share/man/man1/berth.1.gz",
            "./usr/share/man/man1/berth.plan.1.gz", "./usr/share/bash-completion/completions/berth",
            "./usr/share/zsh/vendor-completions/_berth", "./usr/share/fish/vendor_completions.d/berth.fish",
            "./usr/share/doc/berth/examples/berth.yaml", "./etc/berth/", "./var/lib/berth/",
        ] {
            #expect(contents.contains(" \(path)\n") || contents.hasSuffix(" \(path)"), "dpkg-deb -c lacks \(path)")
        }
        #expect(!contents.contains("./etc/berth/berth.yaml"), "the admin's berth.yaml is never shipped")
        let depends = try GitCommand.run("/usr/bin/dpkg-deb", ["--field", deb.path, "Depends"]).text
        let dependsOn = Set(depends.split(separator: ",").compactMap { $0.split(separator: " ").first }.map(String.init))
        #expect(try dependsOn == packagesLinked(by: PackagedBerth.binary), "Depends: \(depends)")
        #expect(dependsOn.isSuperset(of: ["libgit2-1.5", "libcurl4", "libsqlite3-0"]), "Depends: \(depends)")

        let root = try DebianRoot(tarball: PackagedBerth.systemdRoot)
        try FileManager.default.copyItem(atPath: deb.path, toPath: root.path + "/tmp/berth.deb")
        // The clean root lacks berth's libraries: dpkg names them, apt brings them from its cache (no network here).
        let dpkg = try root.run(["dpkg", "-i", "/tmp/berth.deb"])
        #expect(dpkg.status != 0 && dpkg.stderr.contains("libgit2-1.5"), "dpkg -i: \(dpkg.stderr)")
        let apt = try root.run(["apt-get", "install", "-f", "-y", "--no-download", "--no-install-recommends"])
        try #require(apt.status == 0, "apt-get -f install: \(apt.text)\n\(apt.stderr)")
        let status = try root.run(["dpkg-query", "-W", "-f=${Status}", "berth"])
        #expect(status.text == "install ok installed", "\(status.text)")

        let version = try root.run(["berth", "version", "--output", "json"])
        #expect(version.status == 0, "berth version in the root: \(version.stderr)")
        #expect(version.text.contains("\"historySchemaVersion\""), "\(version.text)")
        // --man=no: a minbase root has no man-db to resolve the unit's Documentation=man:berth(1) with.
        let verify = try root.run(["systemd-analyze", "verify", "--man=no", "/lib/systemd/system/berth.service"])
        #expect(verify.status == 0, "systemd-analyze verify: \(verify.text)\n\(verify.stderr)")

        let unit = try String(contentsOfFile: root.path + "/lib/systemd/system/berth.service", encoding: .utf8)
        let grace = ControllerConfig().shutdownGracePeriod.components.seconds
        for line in [
            "ExecStart=/usr/bin/berth run --config /etc/berth/berth.yaml", "User=berth", "SupplementaryGroups=docker",
            "Restart=on-failure", "TimeoutStopSec=\(grace + 10)s",
        ] {
            #expect(unit.contains(line + "\n"), "berth.service lacks \(line)")
        }
        let owner = try root.run(["stat", "-c", "%U:%G %a", "/var/lib/berth"])
        #expect(owner.text == "berth:berth 750", "/var/lib/berth: \(owner.text)")
        let user = try root.run(["getent", "passwd", "berth"])
        #expect(user.status == 0 && user.text.hasSuffix(":/var/lib/berth:/usr/sbin/nologin"), "\(user.text)")
    }

    @Test func theImagePlansAndAppliesThroughTheSocketAndItsStateOutlivesTheContainer() throws {
        let deb = try PackagedBerth.deb.get()
        let work = try TemporaryDirectory(prefix: "berth-image")
        let tag = "berth-test/berth:\(UUID().uuidString.prefix(8).lowercased())"
        let name = "pkg-\(UUID().uuidString.prefix(8).lowercased())"
        let volume = "berth-test-state-\(name)"
        defer {
            let containers = (try? docker(["ps", "-aq", "--filter", "label=berth.deployment=\(name)"]).text) ?? ""
            for id in containers.split(separator: "\n") { _ = try? docker(["rm", "-f", String(id)]) }
            _ = try? docker(["volume", "rm", "-f", volume])
            _ = try? docker(["image", "rm", "-f", tag])
        }

        let context = work.url.appendingPathComponent("context")
        try FileManager.default.createDirectory(at: context, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: deb, to: context.appendingPathComponent(deb.lastPathComponent))
        let build = try docker(
            [
                "build", "-q", "-t", tag, "--build-arg", "BASE=\(PackagedBerth.debianImage)", "-f",
                Fixtures.checkout.appendingPathComponent("packaging/container/Dockerfile").path, context.path,
            ], environment: ["DOCKER_BUILDKIT": "0"])
        try #require(build.status == 0, "docker build: \(build.text)\n\(build.stderr)")

        // The config repository on the host, mounted at the same path so its file:// URL holds inside.
        let repo = work.url.appendingPathComponent("config")
        try work.write(
            """
            apiVersion: berth/v1
            kind: Deployment
            metadata: {name: \(name)}
            spec:
              image: \(DockerTestEnvironment.baseImage)
              command: [sleep, "3600"]
              init: true
              health: {settle: 1s}
            """, to: "config/deployments/app.yaml")
        for arguments in [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "deploy \(name)"]] {
            try GitCommand.run("/usr/bin/git", arguments, in: repo, environment: GitCommand.environment)
        }
        let config = try work.write(
            """
            apiVersion: berth/v1
            kind: Controller
            configRepo: {url: \(repo.absoluteString), branch: main, path: deployments}
            stateDir: /var/lib/berth
            """, to: "berth.yaml")
        // berth runs as its own user in the image: libgit2 opens only a repository that user owns, the config is
        // world-readable, and the socket is reached through --group-add.
        let user = try docker(["run", "--rm", "--entrypoint", "id", tag, "-u"]).text
        try GitCommand.run("/usr/bin/chmod", ["-R", "a+rX", work.url.path])
        try GitCommand.run("/usr/bin/chown", ["-R", user, repo.path])
        let socketGroup = try GitCommand.run("/usr/bin/stat", ["-c", "%g", DockerTestEnvironment.socketPath]).text
        func berth(_ arguments: [String]) throws -> GitCommand.Output {
            try docker(
                [
                    "run", "--rm", "--network", "host", "--group-add", socketGroup,
                    "-v", "\(DockerTestEnvironment.socketPath):/var/run/docker.sock",
                    "-v", "\(repo.path):\(repo.path):ro", "-v", "\(config.path):/etc/berth/berth.yaml:ro",
                    "-v", "\(volume):/var/lib/berth", tag,
                ] + arguments + ["--config", "/etc/berth/berth.yaml"])
        }

        let plan = try berth(["plan", "--output", "json"])
        let planned = try actions(plan)
        #expect(plan.status == 0 && planned == ["create"], "plan: \(plan.text)\n\(plan.stderr)")
        let apply = try berth(["apply"])
        try #require(apply.status == 0, "apply: \(apply.text)\n\(apply.stderr)")
        let running = try docker(["ps", "--filter", "label=berth.deployment=\(name)", "--format", "{{.Names}}"])
        #expect(running.text == "\(name)-1", "containers of \(name): \(running.text)")

        // Every run is a new container: what apply recorded lives on the volume — its history, and the controller id
        // the deployment's containers are labelled with (without it the next plan would create it again).
        let history = try berth(["history", name, "--output", "json"])
        let document = try JSONSerialization.jsonObject(with: history.stdout) as? [String: Any]
        let generations = (document?["rollouts"] as? [[String: Any]] ?? []).compactMap { $0["generation"] as? Int }
        #expect(generations == [1], "history: \(history.text)\n\(history.stderr)")
        let again = try berth(["plan", "--output", "json"])
        let replanned = try actions(again)
        #expect(again.status == 0 && replanned == ["in-sync"], "second plan: \(again.text)\n\(again.stderr)")
    }

    /// The Debian packages (on this host) that hold the libraries `binary` links: its ELF NEEDED entries, found by ldd,
    /// owned per dpkg -S.
    private func packagesLinked(by binary: String) throws -> Set<String> {
        let needed = try GitCommand.run("/usr/bin/objdump", ["-p", binary]).text.split(separator: "\n").compactMap {
            let fields = $0.split(separator: " ")
            return fields.count == 2 && fields[0] == "NEEDED" ? String(fields[1]) : nil
        }
        var found: [String: String] = [:]
        for line in try GitCommand.run("/usr/bin/ldd", [binary]).text.split(separator: "\n") {
            // `libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x...)`, or the loader: `/lib64/ld-linux-x86-64.so.2 (0x...)`
            let fields = line.split(separator: " ").map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.count >= 3, fields[1] == "=>" {
                found[fields[0]] = fields[2]
            } else if let path = fields.first, path.hasPrefix("/") {
                found[URL(fileURLWithPath: path).lastPathComponent] = path
            }
        }
        return try Set(needed.map { soname in
            let path = try #require(found[soname], "ldd does not resolve \(soname)")
            // Merged /usr: dpkg knows each file under the one of /lib and /usr/lib its package ships it in.
            let other = path.hasPrefix("/usr/") ? String(path.dropFirst(4)) : "/usr" + path
            let owners = try [path, other].map { try GitCommand.runAllowingFailure("/usr/bin/dpkg", ["-S", $0]) }
            let owner = try #require(owners.first { $0.status == 0 }, "no package holds \(path)").text
            return String(owner.prefix { $0 != ":" })
        })
    }

    /// The `action` of each deployment in `berth plan --output json`.
    private func actions(_ plan: GitCommand.Output) throws -> [String] {
        let document = try JSONSerialization.jsonObject(with: plan.stdout) as? [String: Any]
        return (document?["deployments"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
    }

    private func docker(_ arguments: [String], environment: [String: String] = [:]) throws -> GitCommand.Output {
        try GitCommand.runAllowingFailure(
            "/usr/bin/docker", arguments,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    }
}

/// In CI the packaging tests never skip: a missing prerequisite fails here.
@Suite struct PackagingGateTests {
    @Test func packagingPrerequisitesArePresentInCI() {
        #expect(PackagedBerth.missing.isEmpty || !DockerTestEnvironment.isCI, "CI=true but \(PackagedBerth.skipReason)")
    }
}
