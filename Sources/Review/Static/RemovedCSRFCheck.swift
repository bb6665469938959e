import Manifest

/// `code.csrf-disabled` for a request-forgery check the change deletes with nothing of the kind left in the file:
/// WordPress's `check_ajax_referer(…)`, `check_admin_referer(…)` or `wp_verify_nonce(…)` dropped from an action that
/// stays, Django's `CsrfViewMiddleware` taken out of `MIDDLEWARE`. A page any signed-in user visits can then post the
/// action for them. A check moved elsewhere in the file, or removed with the whole file's actions, is no finding.
struct RemovedCSRFCheck: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.php, .python]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let diff = file.diff
        guard !diff.isNew, let removed = diff.removed.first(where: { Self.check.matches($0) && $0.isCodeLine }),
            !file.visible.contains(where: { Self.check.matches($0.text) }),
            // The actions it guarded stay: the file still handles requests.
            file.visible.contains(where: { Self.stillServes.matches($0.text) }),
            let line = file.visible.first(where: \.isAdded) ?? file.visible.first
        else { return [] }
        return [
            file.finding(
                "code.csrf-disabled", .high, on: line,
                message: "the change removes the request-forgery check (`\(removed.trimmedLine)`) and nothing checks "
                    + "in its place: any page a signed-in user visits can post this action for them; keep the check",
                content: removed.trimmedLine)
        ]
    }

    private static let check = LinePattern(
        #"\b(?:check_ajax_referer|check_admin_referer|wp_verify_nonce)\s*\(|"#
            + #"["']django\.middleware\.csrf\.CsrfViewMiddleware["']"#,
        holdingOneOf: ["referer", "nonce", "CsrfViewMiddleware"])
    /// What shows the file still serves requests: a function, a method, Django's middleware list.
    private static let stillServes = LinePattern(#"\bfunction\s+\w+\s*\(|^\s*MIDDLEWARE\s*=|["']django\.middleware\."#)
}
