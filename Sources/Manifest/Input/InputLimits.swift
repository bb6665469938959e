/// Bounds on what the parser accepts, checked before YAML composition so that no input can exhaust memory, time
/// or stack.
///
/// Manifests are small: a real one is a few kilobytes, nests about six levels and uses aliases rarely.
package enum InputLimits {
    /// Largest file accepted, in bytes (1 MiB).
    package static let maxFileBytes = 1 << 20
    /// Deepest flow nesting (`[`, `{`) accepted.
    package static let maxFlowDepth = 64
    /// Largest indentation of a structural line, counting compact `- ` and `? ` indicators, in columns.
    /// Block nesting can be at most about twice this deep.
    package static let maxIndentColumns = 200
    /// Most alias references (`*name`) accepted in one document; bounds alias expansion ("billion laughs").
    package static let maxAliasesPerDocument = 32
    /// Most diagnostics kept for one document; a file of garbage should not produce megabytes of messages.
    package static let maxDiagnosticsPerDocument = 100
}
