/// A response whose status and headers have arrived; its body streams on as ``body`` is read.
package struct HTTPResponse: Sendable {
    package let status: Int
    /// Header lines in order, names as the server sent them.
    package let headers: [(name: String, value: String)]
    package let body: HTTPResponseBody

    /// The first header with this name (case-insensitive).
    package func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
