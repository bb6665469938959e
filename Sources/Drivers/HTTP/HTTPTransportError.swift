import CCurl

/// A transfer that failed below HTTP (connection refused, timeout, TLS, a broken connection), with libcurl's word.
///
/// Names the method and URL, never a header or a credential.
package struct HTTPTransportError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure, for callers that react differently (e.g. "engine unavailable").
    package enum Kind: Sendable, Hashable {
        /// The server could not be reached: no socket, connection refused, unknown host.
        case unreachable
        case timedOut
        case tls
        case other
    }

    package let kind: Kind
    /// libcurl's `CURLcode`.
    package let curlCode: UInt32
    package let method: String
    package let url: String
    /// `curl_easy_strerror` plus libcurl's detail for this transfer.
    package let message: String

    /// The one place a `CURLcode` becomes a Swift error.
    init(code: CURLcode, detail: String, method: String, url: String) {
        let summary = String(cString: curl_easy_strerror(code))
        self.curlCode = code.rawValue
        self.method = method
        self.url = url
        self.message = detail.isEmpty || detail == summary ? summary : "\(summary): \(detail)"
        switch code {
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            kind = .unreachable
        case CURLE_OPERATION_TIMEDOUT:
            kind = .timedOut
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CACERT_BADFILE,
            CURLE_SSL_CIPHER:
            kind = .tls
        default:
            kind = .other
        }
    }

    package var description: String { "\(method) \(url): \(message)" }
}
