internal import CGit2
import Foundation

/// A `git_strarray` over Swift strings, alive only while a closure runs.
enum CStringArray {
    static func with<Result>(_ strings: [String], _ body: (git_strarray) throws -> Result) rethrows -> Result {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        return try pointers.withUnsafeMutableBufferPointer { buffer in
            try body(git_strarray(strings: buffer.baseAddress, count: buffer.count))
        }
    }
}
