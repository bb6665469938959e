package import Foundation
package import Manifest

/// Reads the manifest files (`*.yaml`, `*.yml`) under a local directory, recursively, in a stable order.
///
/// Hidden entries (names starting with `.`) are skipped, as git-ignored tooling folders usually are;
/// symbolic links are not followed out of the directory.
package struct ManifestDirectory: Sendable {
    /// One file: its path relative to the directory's parent as given (what errors print) and its bytes.
    package struct File: Sendable, Hashable {
        package let path: String
        package let contents: Data
    }

    /// What went wrong reading the directory.
    package struct ReadError: Error, Sendable, CustomStringConvertible {
        package let path: String
        package let reason: String
        package var description: String { "\(path): \(reason)" }
    }

    package let root: URL

    package init(root: URL) {
        self.root = root
    }

    /// Every manifest file under ``root`` (or ``root`` itself when it is a file), sorted by path.
    /// - Throws: ``ReadError`` naming the path that could not be read.
    package func files() throws(ReadError) -> [File] {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw ReadError(path: root.path, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else {
            return [try read(root, displayPath: root.relativePath)]
        }
        guard let enumerator = fileManager.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            throw ReadError(path: root.path, reason: "cannot list the directory")
        }
        let base = root.standardizedFileURL.path
        var found: [File] = []
        for case let url as URL in enumerator where Self.isManifest(url) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count).drop { $0 == "/" })
            found.append(try read(url, displayPath: (root.relativePath as NSString).appendingPathComponent(relative)))
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The git work tree ``root`` lies in, as the origin of a compose service's `build:`: its `file://` URL at the
    /// branch checked out (or the commit, when detached), with ``root``'s display path standing for its folder in
    /// the repository. Nil outside a work tree. Reads `.git` and `HEAD` only; runs no git.
    package func configOrigin() -> ConfigOrigin? {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory) else { return nil }
        let folder = (isDirectory.boolValue ? root : root.deletingLastPathComponent()).standardizedFileURL
        var top = folder
        while !fileManager.fileExists(atPath: top.appendingPathComponent(".git").path) {
            guard top.path != "/" else { return nil }
            top = top.deletingLastPathComponent()
        }
        guard let ref = Self.checkedOutRef(in: top) else { return nil }
        let display =
            isDirectory.boolValue ? root.relativePath : (root.relativePath as NSString).deletingLastPathComponent
        return ConfigOrigin(
            repo: top.absoluteString.hasSuffix("/") ? String(top.absoluteString.dropLast()) : top.absoluteString,
            ref: ref, displayPrefix: display,
            repositoryPrefix: String(folder.path.dropFirst(top.path.count).drop { $0 == "/" }))
    }

    /// The branch `HEAD` names in the work tree `top` (`.git` a folder, or a file pointing at one), or the commit.
    private static func checkedOutRef(in top: URL) -> String? {
        var gitDirectory = top.appendingPathComponent(".git")
        if let pointer = try? String(contentsOf: gitDirectory, encoding: .utf8), pointer.hasPrefix("gitdir:") {
            let path = pointer.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            gitDirectory = path.hasPrefix("/") ? URL(fileURLWithPath: path) : top.appendingPathComponent(path)
        }
        guard let head = try? String(contentsOf: gitDirectory.appendingPathComponent("HEAD"), encoding: .utf8) else {
            return nil
        }
        let text = head.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("ref:") else { return text }
        let ref = text.dropFirst("ref:".count).trimmingCharacters(in: .whitespaces)
        return ref.hasPrefix("refs/heads/") ? String(ref.dropFirst("refs/heads/".count)) : ref
    }

    static func isManifest(_ url: URL) -> Bool {
        url.pathExtension == "yaml" || url.pathExtension == "yml"
    }

    private func read(_ url: URL, displayPath: String) throws(ReadError) -> File {
        do {
            return File(path: displayPath, contents: try Data(contentsOf: url))
        } catch {
            throw ReadError(path: displayPath, reason: "cannot be read (\(error.localizedDescription))")
        }
    }
}
