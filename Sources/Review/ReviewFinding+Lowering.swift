import Manifest

extension [ReviewFinding] {
    /// These findings with each one above `severity` for which `lowers` holds lowered to `severity`, `note` added to
    /// its message in brackets: a test key, a placeholder, a check behind a development flag.
    func lowering(
        to severity: FindingSeverity, note: String, where lowers: (ReviewFinding) -> Bool
    ) -> [ReviewFinding] {
        map { finding in
            guard finding.severity > severity, lowers(finding) else { return finding }
            var lowered = finding
            lowered.severity = severity
            lowered.message += " (\(note))"
            return lowered
        }
    }
}
