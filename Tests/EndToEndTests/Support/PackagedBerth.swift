import Foundation
import TestSupport

/// What the packaging tests (issue 17) run on: a berth binary that links the Swift runtime statically (the debug build
/// `swift test` makes links it from the toolchain, so it runs neither in a clean root nor in a container),
/// argument-parser's `generate-manual`, the clean Debian 12 root and base image `scripts/bootstrap` caches, and the
/// .deb `scripts/package-deb` makes of them.
///
/// `.ci/run` builds the binary and the tool before `swift test`, in a scratch path of their own (objects built with
/// and without `--static-swift-stdlib` must not meet in one `.build`):
/// `swift build --static-swift-stdlib --scratch-path .build-static --product berth` (and `--product generate-manual`).
enum PackagedBerth {
    /// `.build-static/debug`.
    static let scratch = Fixtures.checkout.appendingPathComponent(".build-static/debug")
    static let binary = scratch.appendingPathComponent("berth").path
    static let manualTool = scratch.appendingPathComponent("generate-manual").path
    /// minbase + systemd, berth's runtime libraries in apt's cache (made by `scripts/bootstrap`).
    static let systemdRoot =
        (ProcessInfo.processInfo.environment["BERTH_TEST_ROOTS"] ?? "/var/cache/berth-test") + "/bookworm-systemd.tar"
    /// minbase + berth's runtime libraries (made by `scripts/bootstrap`).
    static let debianImage = "berth-test/debian:bookworm"

    /// What the packaging tests lack, each with how to get it; empty when they can run.
    static let missing: [String] = {
        let build = "swift build --static-swift-stdlib --scratch-path .build-static --product"
        var missing: [String] = []
        if getuid() != 0 { missing.append("root (they chroot and mount /proc)") }
        if !DockerTestEnvironment.isAvailable { missing.append(DockerTestEnvironment.skipReason) }
        for tool in ["/usr/bin/dpkg-deb", "/usr/bin/dpkg-shlibdeps", "/usr/sbin/chroot", "/usr/bin/strip"]
        where !FileManager.default.isExecutableFile(atPath: tool) {
            missing.append("\(tool) (scripts/bootstrap installs it)")
        }
        if !FileManager.default.fileExists(atPath: systemdRoot) { missing.append("\(systemdRoot) (scripts/bootstrap)") }
        if DockerTestEnvironment.isAvailable,
            (try? GitCommand.runAllowingFailure("/usr/bin/docker", ["image", "inspect", debianImage]).status) != 0
        {
            missing.append("the image \(debianImage) (scripts/bootstrap)")
        }
        if !FileManager.default.isExecutableFile(atPath: manualTool) {
            missing.append("\(manualTool) (\(build) generate-manual)")
        }
        if !FileManager.default.isExecutableFile(atPath: binary) {
            missing.append("\(binary) (\(build) berth)")
        } else if helpDump(binary) != helpDump(BerthBinary.path) {
            missing.append("\(binary), older than the sources: its commands differ from the test build's (\(build) berth)")
        }
        return missing
    }()

    static var skipReason: String {
        "the packaging tests need \(missing.joined(separator: "; ")); in CI this fails instead"
    }

    /// `scripts/package-deb --binary` of ``binary``, made once per test run into `.build-static/deb`.
    static let deb: Result<URL, any Error> = Result {
        let output = scratch.deletingLastPathComponent().appendingPathComponent("deb")
        let run = try GitCommand.run(
            Fixtures.checkout.appendingPathComponent("scripts/package-deb").path,
            ["--binary", binary, "--generate-manual", manualTool, "--output", output.path, "--compression", "none"])
        return URL(fileURLWithPath: run.text.split(separator: "\n").last.map(String.init) ?? "")
    }

    /// The commands and options a binary declares, to tell a stale static build from the test build.
    private static func helpDump(_ path: String) -> Data? {
        try? GitCommand.runAllowingFailure(path, ["--experimental-dump-help"]).stdout
    }
}

/// A fresh copy of a cached Debian root with /proc mounted, for chroot; unmounted and removed when released.
final class DebianRoot {
    private let directory: TemporaryDirectory
    var path: String { directory.url.path }

    init(tarball: String) throws {
        directory = try TemporaryDirectory(prefix: "berth-debian-root")
        try GitCommand.run("/usr/bin/tar", ["-C", directory.url.path, "-xf", tarball])
        try GitCommand.run("/usr/bin/mount", ["-t", "proc", "proc", directory.url.path + "/proc"])
    }

    /// Runs `arguments` inside the root, non-interactively, to its end.
    func run(_ arguments: [String]) throws -> GitCommand.Output {
        try GitCommand.runAllowingFailure(
            "/usr/sbin/chroot", [path] + arguments,
            environment: [
                "PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND": "noninteractive", "LC_ALL": "C",
                "HOME": "/root",
            ])
    }

    deinit {
        // Unmounted before the directory goes (a lazy unmount if something still holds it).
        let proc = path + "/proc"
        if (try? GitCommand.runAllowingFailure("/usr/bin/umount", [proc]).status) != 0 {
            _ = try? GitCommand.runAllowingFailure("/usr/bin/umount", ["--lazy", proc])
        }
    }
}
