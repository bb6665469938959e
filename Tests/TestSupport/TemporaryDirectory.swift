package import Foundation

/// A directory under the system temp folder that a test owns; removed when the value is released.
package final class TemporaryDirectory: Sendable {
    package let url: URL

    /// - Parameter memory: make it on tmpfs (`/dev/shm`) when the machine has one, for tests whose SQLite syncs
    ///   would otherwise wait on the disk.
    package init(prefix: String = "berth-test", inMemory memory: Bool = false) throws {
        let shared = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
        let base = memory && FileManager.default.isWritableFile(atPath: shared.path)
            ? shared : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `contents` to `relativePath`, creating folders on the way, and returns the file's URL.
    @discardableResult
    package func write(_ contents: String, to relativePath: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file
    }
}
