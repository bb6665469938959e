/// The field names a mapping accepts, kept both in order (for messages and suggestions) and as a set.
struct FieldSet: Sendable {
    let names: [String]
    let set: Set<String>

    init(_ names: String...) {
        self.names = names
        self.set = Set(names)
    }
}
