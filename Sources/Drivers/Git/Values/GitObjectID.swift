internal import CGit2

/// What kind of object a ``GitObjectID`` names; only a type-level tag, so a tree id is never passed as a commit id.
package protocol GitObjectKind: Sendable {}

/// The tag of ``CommitID``.
package enum CommitObject: GitObjectKind {}
/// The tag of ``TreeID``.
package enum TreeObject: GitObjectKind {}
/// The tag of ``BlobID``.
package enum BlobObject: GitObjectKind {}

/// A commit's full object id.
package typealias CommitID = GitObjectID<CommitObject>
/// A tree's full object id.
package typealias TreeID = GitObjectID<TreeObject>
/// A blob's full object id.
package typealias BlobID = GitObjectID<BlobObject>

/// A git object's full id (40 lowercase hex digits), typed by the kind of object it names.
package struct GitObjectID<Kind: GitObjectKind>: Hashable, Sendable, CustomStringConvertible {
    /// The id as 40 lowercase hex digits.
    package let hex: String

    /// An id from its 40 hex digits; nil when `hex` is not a full object id.
    package init?(hex: String) {
        guard let oid = GitOID.parse(hex) else { return nil }
        self.init(oid)
    }

    init(_ oid: git_oid) {
        hex = GitOID.hex(oid)
    }

    var oid: git_oid { GitOID.parse(hex)! }

    /// The 40 hex digits.
    package var description: String { hex }
}
