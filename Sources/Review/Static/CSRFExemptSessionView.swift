import Manifest

/// `code.csrf-disabled` for CSRF protection switched off on a handler that acts for a signed-in browser session:
/// Django's `@csrf_exempt` added over a view that requires a login (`@login_required`, `LoginRequiredMixin`) or acts
/// on `request.user`, and Rails's `skip_before_action :verify_authenticity_token` (or `skip_forgery_protection`) in
/// a controller that signs users in with a session (`authenticate_user!`, `current_user`). Any site the user visits can
/// then post to it with their cookie. An exemption for a caller that proves itself another way is no finding: a
/// webhook or API whose handler checks a signature or a token (`verify_…_signature`, `compare_digest`, an
/// `Authorization` header), or a Rails controller that also skips the session sign-in.
struct CSRFExemptSessionView: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.python, .ruby]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard
            let index = lines.indices.first(where: { index in
                lines[index].isAdded && Self.exemptionWords.contains(where: lines[index].text.hasBytes)
                    && Self.exemption.matches(lines[index].text)
            })
        else { return [] }
        let scope = file.file.kind == .python ? Self.decoratedView(at: index, in: lines) : lines[...]
        guard scope.contains(where: { Self.sessionUser.matches($0.text) }),
            !scope.contains(where: { Self.otherProof.matches($0.text) })
        else { return [] }
        return [
            file.finding(
                "code.csrf-disabled", .high, on: lines[index],
                message: "CSRF protection is switched off for a handler that acts for a signed-in session, so any "
                    + "site can submit it with the user's cookie; keep the token check", content: lines[index].text)
        ]
    }

    /// The decorators stacked with line `index` and the function they decorate, up to the next unindented line.
    private static func decoratedView(at index: Int, in lines: [ChangedFile.Line]) -> ArraySlice<ChangedFile.Line> {
        var end = index + 1
        while end < lines.count, lines[end].text.isAnnotationLine || lines[end].text.trimmedLine.isEmpty { end += 1 }
        guard end < lines.count else { return lines[index..<end] }
        let depth = lines[end].text.indentation
        end += 1
        while end < lines.count, lines[end].text.trimmedLine.isEmpty || lines[end].text.indentation > depth {
            end += 1
        }
        return lines[index..<end]
    }

    private static let exemptionWords = ["csrf_exempt", "authenticity_token", "forgery"]
    private static let exemption = LinePattern(
        #"^\s*@csrf_exempt\b|\bskip_before_action\s+:verify_authenticity_token\b|\bskip_forgery_protection\b"#)
    /// A signed-in session: Django's `@login_required`, `LoginRequiredMixin`, `request.user`; Devise's
    /// `authenticate_user!`, `current_user`.
    private static let sessionUser = LinePattern(
        #"@login_required|LoginRequiredMixin|\brequest\.user\b|\bauthenticate_user!|\bcurrent_user\b"#)
    /// A caller proven another way: a signature or token check, or Rails skipping the session sign-in too.
    private static let otherProof = LinePattern(
        #"(?i)signature|compare_digest|secure_compare|hmac|authorization|api_?key|bearer|"#
            + #"skip_before_action\s+:authenticate_user!"#)
}
