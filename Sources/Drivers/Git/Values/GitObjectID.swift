internal import CGit2

/// What kind of object a ``GitObjectID`` names; only a type-level tag, so a tree id is never passed as a commit id.
public protocol GitObjectKind: Sendable {}

/// The tag of ``CommitID``.
public enum CommitObject: GitObjectKind {}
/// The tag of ``TreeID``.
public enum TreeObject: GitObjectKind {}
/// The tag of ``BlobID``.
public enum BlobObject: GitObjectKind {}

/// A commit's full object id.
public typealias CommitID = GitObjectID<CommitObject>
/// A tree's full object id.
public typealias TreeID = GitObjectID<TreeObject>
/// A blob's full object id.
public typealias BlobID = GitObjectID<BlobObject>

/// A git object's full id (40 lowercase hex digits), typed by the kind of object it names.
public struct GitObjectID<Kind: GitObjectKind>: Hashable, Sendable, CustomStringConvertible {
    /// The id as 40 lowercase hex digits.
    public let hex: String

    /// An id from its 40 hex digits; nil when `hex` is not a full object id.
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
