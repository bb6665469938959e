/// A YAML value as a sample is written: the writer chooses quoting, style and key order, the value stays.
package indirect enum SampleNode {
    /// Text that the writer may quote in any style (plain only when safe).
    case text(String)
    /// Interchangeable spellings of one value (`90s` / `1m30s`, `256Mi` / `268435456`); the writer picks one.
    case spelling([String])
    /// A number or boolean: plain or quoted.
    case literal(String)
    case mapping([(String, SampleNode)])
    case sequence([SampleNode])
}
