package import Drivers
package import Foundation

/// The build context as stack detection sees it: the names directly in its root and the bytes of a few small
/// files there. ``MirrorSourceTree`` reads it from a git mirror; tests use an in-memory tree.
package protocol SourceTree: Sendable {
    /// The files and folders directly in the root of the build context.
    func entries() async throws -> [SourceTreeEntry]

    /// The bytes of each named file directly in the root that exists (names not found are left out).
    func read(_ names: [String]) async throws -> [String: Data]
}
