package import Foundation

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
