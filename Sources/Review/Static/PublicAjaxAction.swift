import Manifest

/// `code.auth-public-action`: a WordPress AJAX action newly opened to visitors who are not logged in
/// (`add_action('wp_ajax_nopriv_' . self::ACTION, …)`) in a file whose handlers check a capability
/// (`current_user_can('manage_options')`). The handler was written for privileged users; `admin-ajax.php` now runs
/// it for anyone, and a check it keeps only for logged-in users (`if (is_user_logged_in()) { … }`) guards nothing.
/// A public action in a file that checks no capability (a contact form, a search box) is what `nopriv` is for.
struct PublicAjaxAction: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.php]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        guard file.diff.added.contains(where: { $0.text.hasBytes("wp_ajax_nopriv_") }),
            file.visible.contains(where: { $0.text.hasBytes("current_user_can") })
        else { return [] }
        return file.visible.filter { $0.isAdded && Self.publicAction.matches($0.text) }.map { line in
            file.finding(
                "code.auth-public-action", .high, on: line,
                message: "an action whose handlers check a capability is opened to visitors who are not logged in",
                content: line.text)
        }
    }

    private static let publicAction = LinePattern(#"\badd_action\s*\(\s*["']wp_ajax_nopriv_"#)
}
