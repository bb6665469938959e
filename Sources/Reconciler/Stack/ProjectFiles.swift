import Drivers
import Foundation

/// What detection knows about a build context's root: its file and folder names and the text of the small
/// manifests it read (``StackDetector/manifestNames``).
struct ProjectFiles: Sendable {
    let files: Set<String>
    let directories: Set<String>
    let texts: [String: String]

    init(entries: [SourceTreeEntry], texts: [String: String]) {
        files = Set(entries.filter { !$0.isDirectory }.map(\.name))
        directories = Set(entries.filter(\.isDirectory).map(\.name))
        self.texts = texts
    }

    func has(_ name: String) -> Bool { files.contains(name) }

    func hasDirectory(_ name: String) -> Bool { directories.contains(name) }

    func text(_ name: String) -> String? { texts[name] }

    /// The first of `names` present as a file, in the order given.
    func first(of names: [String]) -> String? { names.first(where: has) }

    /// The files whose names end in `suffix`, sorted.
    func files(endingIn suffix: String) -> [String] { files.filter { $0.hasSuffix(suffix) }.sorted() }
}
