internal import CGit2

/// A tree's full object id (40 lowercase hex digits).
public struct TreeID: Hashable, Sendable, CustomStringConvertible {
    /// The id as 40 lowercase hex digits.
    public let hex: String

    /// A tree id from its 40 hex digits; nil when `hex` is not a full object id.
    public init?(hex: String) {
        guard let oid = GitOID.parse(hex) else { return nil }
        self.init(oid)
    }

    init(_ oid: git_oid) {
        hex = GitOID.hex(oid)
    }

    var oid: git_oid { GitOID.parse(hex)! }

    /// The 40 hex digits.
    public var description: String { hex }
}
