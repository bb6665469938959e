import Foundation
import Manifest
import Testing

/// docs/manifest.md, docs/controller.md and docs/compose.md describe every field the decoders accept, and only those:
/// each field path is derived from the decoders' field sets (``FieldSchema``), so a field cannot be added without its
/// row.
@Suite struct ReferenceDocsTests {
    private static let docs = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs")

    /// The field paths in the first column of the reference's tables: `` | `spec.ports[].host` | ... ``.
    private static func documentedFields(_ file: String) throws -> Set<String> {
        let text = try String(contentsOf: docs.appendingPathComponent(file), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
        return Set(rows.compactMap { row in row.dropFirst(3).split(separator: "`", maxSplits: 1).first.map(String.init) })
    }

    private static func schema(_ file: String) -> [FieldSchema.Mapping] {
        switch file {
        case "manifest.md": FieldSchema.manifest
        case "compose.md": FieldSchema.compose
        default: FieldSchema.controller
        }
    }

    @Test(arguments: ["manifest.md", "controller.md", "compose.md"])
    func everyAcceptedFieldHasARow(file: String) throws {
        let schema = Self.schema(file)
        let documented = try Self.documentedFields(file)
        let accepted = schema.flatMap(\.fieldPaths)
        let missing = accepted.filter { !documented.contains($0) }
        #expect(missing.isEmpty, "docs/\(file) lacks rows for: \(missing.joined(separator: ", "))")
        #expect(accepted.count > 20, "the schema lists the decoders' fields")
    }

    @Test(arguments: ["manifest.md", "controller.md", "compose.md"])
    func everyRowIsAnAcceptedField(file: String) throws {
        let accepted = Set(Self.schema(file).flatMap(\.fieldPaths))
        let extra = try Self.documentedFields(file).subtracting(accepted)
        #expect(extra.isEmpty, "docs/\(file) documents fields no decoder accepts: \(extra.sorted().joined(separator: ", "))")
    }
}
