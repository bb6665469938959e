package import Foundation

/// A bare repository (`origin.git`) and a work clone (`work`) in a temp directory, driven with the git CLI.
///
/// ```swift
/// let fixture = try GitFixture()
/// try fixture.write("hello", to: "app/README")
/// let commit = try fixture.commitAndPush("first")
/// ```
package final class GitFixture: @unchecked Sendable {
    package let directory: TemporaryDirectory
    /// The bare repository remotes point at.
    package let bare: URL
    /// The work tree commits are made in.
    package let work: URL

    /// `file://` URL of the bare repository.
    package var fileURL: String { "file://" + bare.path }

    package init() throws {
        directory = try TemporaryDirectory(prefix: "berth-git")
        bare = directory.url.appendingPathComponent("origin.git")
        work = directory.url.appendingPathComponent("work")
        try GitCommand.git(["init", "--quiet", "--bare", "--initial-branch=main", bare.path])
        try GitCommand.git(["init", "--quiet", "--initial-branch=main", work.path])
        try git("remote", "add", "origin", bare.path)
    }

    /// Runs git in the work tree.
    @discardableResult
    package func git(_ arguments: String...) throws -> String {
        try GitCommand.git(arguments, in: work)
    }

    /// Writes a file in the work tree (folders created), optionally executable.
    package func write(_ contents: String, to path: String, executable: Bool = false) throws {
        try write(Data(contents.utf8), to: path, executable: executable)
    }

    package func write(_ contents: Data, to path: String, executable: Bool = false) throws {
        let file = work.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file)
        try FileManager.default.setAttributes(
            [.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: file.path)
    }

    /// Creates a symbolic link at `path` pointing at `target` (never resolved).
    package func symlink(_ path: String, to target: String) throws {
        let link = work.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target)
    }

    /// Removes a file or folder from the work tree.
    package func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: work.appendingPathComponent(path))
    }

    /// Commits everything in the work tree and returns the commit id.
    @discardableResult
    package func commit(_ message: String) throws -> String {
        try git("add", "-A")
        try git("commit", "--quiet", "--allow-empty", "-m", message)
        return try git("rev-parse", "HEAD")
    }

    /// Commits everything and pushes `main` and all tags to the bare repository.
    @discardableResult
    package func commitAndPush(_ message: String) throws -> String {
        let commit = try commit(message)
        try git("push", "--quiet", "--force", "origin", "HEAD:refs/heads/main", "--tags")
        return commit
    }

    /// Runs git against the bare repository.
    @discardableResult
    package func bareGit(_ arguments: String...) throws -> String {
        try GitCommand.git(["--git-dir", bare.path] + arguments)
    }
}
