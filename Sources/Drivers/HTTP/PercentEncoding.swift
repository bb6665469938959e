import Foundation

/// Percent-encoding for one URL path segment or query value (RFC 3986 unreserved characters pass unchanged).
package enum PercentEncoding {
    /// `text` with every byte outside `A-Z a-z 0-9 - . _ ~` percent-encoded (so `/` becomes `%2F`).
    package static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
