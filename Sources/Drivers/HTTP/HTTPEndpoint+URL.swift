import Foundation

extension HTTPEndpoint {
    /// An `http(s)://host[:port][/path][?query]` URL split into its server and its percent-encoded path and query;
    /// nil for anything else (another scheme, no host, credentials in the URL). The port defaults to the scheme's.
    package static func split(url: String) -> (endpoint: HTTPEndpoint, path: String, query: String?)? {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = parts.host, !host.isEmpty, parts.user == nil
        else { return nil }
        let port = parts.port ?? (scheme == "https" ? 443 : 80)
        let endpoint: HTTPEndpoint = scheme == "https" ? .https(host: host, port: port) : .tcp(host: host, port: port)
        return (endpoint, parts.percentEncodedPath, parts.percentEncodedQuery)
    }
}
