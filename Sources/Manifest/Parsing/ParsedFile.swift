/// One file's documents as ``ManifestParser/parseFile(_:controller:)`` decoded them, before the checks across
/// documents: a value a reader may keep while the file's bytes do not change.
package struct ParsedFile: Sendable {
    let documents: [DecodedDocument]
}
