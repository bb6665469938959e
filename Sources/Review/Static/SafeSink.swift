/// A sink the static reviewer examined on an added line and judged safe: a call that runs SQL, a shell command or
/// code, deserialises, reads a file or hashes a password, whose input static found constant, sanitised
/// (`escapeshellarg`, `shlex.quote`), looked up in an allow-list, bound as parameters, or written by the code itself.
/// Not a finding: a judgement that a scanner's finding of the same class on the same lines follows
/// (``SarifReviewer/followingStatic(_:in:classOf:)``), where static's silence alone would say nothing.
struct SafeSink: Hashable, Sendable {
    let riskClass: RiskClass
    let file: String
    /// 1-based, in the new version of the file: the line of the call.
    let line: Int
    /// Why static judged it safe, e.g. `its input passes through escapeshellarg`.
    let reason: String
}
