/// One field of a deployment that an update changes, by dotted path (`spec.env.LOG_LEVEL`).
package struct FieldChange: Sendable, Hashable {
    /// Whether the field changes, appears or goes.
    package enum Kind: String, Sendable, Hashable {
        case changed, added, removed
    }

    package var field: String
    /// The active generation's value; nil when added, or sealed.
    package var from: String?
    /// The desired value; nil when removed, or sealed.
    package var to: String?
    package var kind: Kind
    /// A `spec.secretEnv` value: neither side is ever shown, not even sealed.
    package var sealed: Bool

    package init(field: String, from: String?, to: String?, kind: Kind, sealed: Bool = false) {
        self.field = field
        self.from = from
        self.to = to
        self.kind = kind
        self.sealed = sealed
    }
}
