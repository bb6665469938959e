import Drivers
import Foundation
import Reconciler

/// A build context root held in memory: file name → text; a name ending in `/` is a folder.
struct InMemorySourceTree: SourceTree {
    let files: [String: String]

    init(_ files: [String: String]) {
        self.files = files
    }

    func entries() async throws -> [SourceTreeEntry] {
        files.keys.sorted().map { name in
            name.hasSuffix("/")
                ? SourceTreeEntry(name: String(name.dropLast()), isDirectory: true)
                : SourceTreeEntry(name: name, isDirectory: false)
        }
    }

    func read(_ names: [String]) async throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in names { if let text = files[name] { contents[name] = Data(text.utf8) } }
        return contents
    }
}
