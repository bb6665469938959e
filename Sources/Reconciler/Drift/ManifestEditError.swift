/// A manifest edit berth could not make in place: the drift report still names the finding, and a person edits the
/// manifest by hand.
package struct ManifestEditError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The edit that was asked for.
    package let edit: ManifestEdit
    /// Why, in words: `spec.resources is a sequence, not a mapping`.
    package let reason: String

    package var description: String { "cannot adopt \(edit) in place: \(reason); edit the manifest by hand" }
}
