import Manifest

/// `code.mass-assignment` for a user's privileges made writable by the user: a role, an admin or staff flag, a
/// verified flag or the organisation a user belongs to, set on the user record from request input
/// (`if let role = patch.role { user.role = role }` after `req.content.decode(…)`, `$user->is_admin =
/// $request->input('is_admin')`), or a Django REST framework serializer for the user model that exposes every field
/// but a deny-list (`exclude = [...]`, `fields = "__all__"`) and leaves `is_staff`/`is_superuser` writable. Any user
/// makes themselves an administrator or joins another tenant. A file that checks for an administrator (a back-office
/// editor) is no finding.
struct PrivilegedFieldFromRequest: FileCheck {
    let kinds = ReviewedFile.code

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        let python = file.file.kind == .python
        let serializers = Set(lines.indices.filter { python && Self.isOpenUserSerializer($0, in: lines) })
        let candidates = lines.indices.filter { index in
            lines[index].isAdded && Self.fieldWords.contains(where: lines[index].text.hasBytesIgnoringCase)
                && (Self.privilegedAssignment.matches(lines[index].text) || serializers.contains(index))
        }
        // The assignments themselves name the flags an administrator check reads.
        guard !candidates.isEmpty,
            !lines.indices.contains(where: { index in
                !candidates.contains(index) && lines[index].text.isCodeLine
                    && Self.administratorCheck.matches(lines[index].text)
            })
        else { return [] }
        return candidates.compactMap { index in
            let line = lines[index]
            guard serializers.contains(index) || file.flow(at: index).isRequestDerived(line.text) else { return nil }
            let message =
                serializers.contains(index)
                ? "the user model's serializer exposes every field but a deny-list, so `is_staff` and `is_superuser` "
                    + "are writable by the user; list the fields it may change"
                : "a user's role, admin flag or organisation is set from what the request sends: any user can make "
                    + "themselves an administrator; set it only from an administrator's action"
            return file.finding("code.mass-assignment", .high, on: line, message: message, content: line.text)
        }
    }

    /// Whether line `index` is a Django REST framework serializer's `exclude = …` or `fields = "__all__"` in a `Meta`
    /// for the user model, with the staff and superuser flags not read-only.
    private static func isOpenUserSerializer(_ index: Int, in lines: [ChangedFile.Line]) -> Bool {
        guard openFields.matches(lines[index].text) else { return false }
        let meta = lines[max(0, index - 6)..<min(lines.count, index + 6)]
        return meta.contains { userModel.matches($0.text) }
            && !meta.contains { $0.text.hasBytes("read_only_fields") && $0.text.hasBytes("is_staff") }
    }

    private static let fieldWords = [
        "role", "admin", "staff", "superuser", "verified", "organization", "tenant", "__all__", "exclude",
    ]
    private static let privilegedAssignment = LinePattern(
        #"(?i)(?:^|[\s{;])(?:@|\$|this\.|self\.)?(?:current_?user|user|me|member|profile)(?:\.|->)\$?"#
            + #"(role|roles|is_?admin|admin|is_?staff|is_?superuser|email_?verified|organi[sz]ation(?:_?id)?|"#
            + #"org_?id|tenant(?:_?id)?)(?:\.id)?\s*=(?![=>])"#)
    private static let openFields = LinePattern(#"^\s*(?:exclude\s*=\s*[\[(]|fields\s*=\s*["']__all__["'])"#)
    private static let userModel = LinePattern(#"^\s*model\s*=\s*(?:\w+\.)*(?:\w*User|get_user_model\(\))\b"#)
    /// A check that the caller is an administrator, anywhere in the file.
    private static let administratorCheck = LinePattern(
        #"(?i)\b(require_?admin|ensure_?admin|admin_required|is_?admin\s*\(|admin\?|isAdmin\b(?!\s*=[^=])|"#
            + #"hasRole|hasAuthority|HasClaim|IsInRole|PreAuthorize|RolesAllowed|@Roles|Gate::|authorize\s*[(!:]|"#
            + #"permission_required|staff_member_required|IsAdminUser|role\s*[!=]==?|\.role\s*==)"#)
}
