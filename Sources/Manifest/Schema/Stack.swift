/// An application stack berth can detect in a source tree and write a Dockerfile for
/// (`source.stack: <stack>` in a manifest, `stacks.<stack>` in the controller config).
package enum Stack: String, Sendable, Hashable, CaseIterable, Comparable {
    case node
    case python
    case go
    case rust
    case java
    case ruby
    case php
    case dotnet
    case `static`

    /// Declaration order: the order detection lists and, on a tie, prefers stacks in.
    package static func < (lhs: Stack, rhs: Stack) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
