/// A secret string (API key, signing key) that never shows up in descriptions, dumps or logs.
package struct RedactedText: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// The secret itself: only for the header or signature that needs it.
    package let value: String

    package init(_ value: String) {
        self.value = value
    }

    package var description: String { "<redacted>" }
    package var customMirror: Mirror { Mirror(self, children: []) }
}
