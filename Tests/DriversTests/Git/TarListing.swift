import Foundation
import TestSupport

/// One entry of `tar -tvf` output: permissions column, path and link target.
struct TarListingEntry: Hashable, CustomStringConvertible {
    let permissions: String
    let path: String
    let linkTarget: String?
    var description: String { "\(permissions) \(path)" + (linkTarget.map { " -> \($0)" } ?? "") }
}

/// Reads tar archives with the system `tar`, so the tests check our archive the way another tool sees it.
enum TarListing {
    static func entries(of archive: URL) throws -> [TarListingEntry] {
        let output = try GitCommand.run("/bin/tar", ["--numeric-owner", "-tvf", archive.path], environment: [:]).text
        return output.split(separator: "\n").map { line in
            // drwxr-xr-x 0/0 0 1970-01-01 00:00 path[ -> target]
            let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
            let rest = String(fields[5])
            if let arrow = rest.range(of: " -> ") {
                return TarListingEntry(
                    permissions: String(fields[0]), path: String(rest[..<arrow.lowerBound]),
                    linkTarget: String(rest[arrow.upperBound...]))
            }
            return TarListingEntry(permissions: String(fields[0]), path: rest, linkTarget: nil)
        }
    }

    /// Concatenates chunks into a file.
    static func write(_ chunks: [[UInt8]], to file: URL) throws {
        try Data(chunks.joined()).write(to: file)
    }
}
