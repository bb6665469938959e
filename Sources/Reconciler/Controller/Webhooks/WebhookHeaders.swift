/// A request's headers, looked up by name without regard to case (HTTP header names are case-insensitive).
package struct WebhookHeaders: Sendable {
    private var values: [String: String] = [:]

    /// Headers from name/value pairs; of repeated names the first wins.
    package init(_ pairs: some Sequence<(String, String)>) {
        for (name, value) in pairs where values[name.lowercased()] == nil {
            values[name.lowercased()] = value
        }
    }

    /// The value of the header called `name`, in any case.
    package subscript(_ name: String) -> String? {
        values[name.lowercased()]
    }
}

extension WebhookHeaders: ExpressibleByDictionaryLiteral {
    /// Headers written as a literal, `["X-GitHub-Event": "push"]`.
    package init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }
}
