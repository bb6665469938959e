import Foundation
import Manifest

/// `code.tls-verify-disabled` for a certificate check switched off by a setting whose default switches it off: Go's
/// `InsecureSkipVerify: cfg.TLSInsecure` where the file declares ``TLSInsecure bool `default:"true"` ``, a
/// `skip_tls_verify: bool = True` field handed on, or `InsecureSkipVerify: !verify` where `verify` is on only when a
/// variable says so (`verify := os.Getenv("PSP_VERIFY_TLS") == "true"`), or a check set to a choice that is off unless
/// a variable turns it on (`certificateVerification = Environment.get("STRICT_TLS") == "1" ? .fullVerification :
/// .none`). Every environment that sets nothing skips the check. In configuration, a check given a template variable
/// the file sets off (Ansible's `validate_certs: "{{ mirror_tls_verify }}"` after `mirror_tls_verify: false`).
/// ``CodeRules/tlsVerifyDisabled`` lets a setting read from configuration through, which is right when its default
/// keeps the check on.
struct TLSSkipDefaultOn: FileCheck {
    let kinds = ReviewedFile.code.union([.config])

    /// A skip of certificate checks given a setting (group 2 the setting's last name; group 1 a negation, `!verify`),
    /// also as reqwest's `danger_accept_invalid_certs(cfg.accept_invalid_certs)`.
    private static let skipFromSetting = LinePattern(
        #"(?i)(?:\b(?:InsecureSkipVerify|insecure_?skip_?(?:tls_?)?verify|skip_?tls_?verify|tls_?insecure)"#
            + #"["']?\s*[:=]|\bdanger_accept_invalid_(?:certs|hostnames)\s*\()\s*"#
            + #"(!|not\s+)?(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)\s*(?:\)\s*\.|[,)}\]]*\s*;?\s*(?://.*|#.*)?$)"#)

    /// A certificate check given a setting (group 2 the setting's last name; group 1 a negation): `rejectUnauthorized:
    /// strictTls`, `verify=not skip`.
    private static let checkFromSetting = LinePattern(
        #"(?i)\b(?:rejectUnauthorized|verify_?(?:ssl|tls|peer|certs?)?|ssl_?verify|tls_?verify)"#
            + #"["']?\s*[:=]\s*(!|not\s+)?(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)\s*[,)}\]]*\s*;?\s*(?://.*|#.*)?$"#)

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        guard file.file.kind != .config else { return templatedOff(in: file) }
        return settingsFromVariables(in: file) + optInChoices(in: file)
    }

    /// A check given a template variable the same file sets off: Ansible's `validate_certs: "{{ mirror_tls_verify }}"`
    /// after `mirror_tls_verify: false`.
    private func templatedOff(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        return lines.filter { $0.isAdded && $0.text.hasBytes("{{") }.compactMap { line in
            guard let variable = Self.templatedCheck.firstMatch(in: line.text, capture: 1),
                let off = lines.first(where: { Self.setsOff(String(variable), $0.text) })
            else { return nil }
            return file.finding(
                "code.tls-verify-disabled", .high, on: line,
                message: "TLS certificate checks are off: `\(variable)` is set to `false` (line \(off.number)); keep "
                    + "them on and trust the right CA", content: line.text)
        }
    }

    /// A certificate check given a template variable (group 1): `validate_certs: "{{ mirror_tls_verify }}"`.
    private static let templatedCheck = LinePattern(
        #"(?i)\b(?:validate_?certs|verify_?ssl|ssl_?verify|tls_?verify|verify)\s*:\s*["']?\{\{\s*(\w+)\s*\}\}"#)

    /// Whether `text` sets `variable` off: `mirror_tls_verify: false`, `: no`.
    private static func setsOff(_ variable: String, _ text: Substring) -> Bool {
        guard text.hasBytes(variable) else { return false }
        let name = NSRegularExpression.escapedPattern(for: variable)
        return LinePattern(#"(?i)^\s*"# + name + #"\s*:\s*["']?(false|no|off)\b"#).matches(text)
    }

    /// A check given a choice that keeps it on only when a variable says so, the choice laid out over up to three
    /// lines: `certificateVerification = Environment.get("STRICT_TLS") == "1"` / `? .fullVerification` / `: .none`.
    private func optInChoices(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, line.text.hasBytesIgnoringCase("verif") || line.text.hasBytes("rejectUnauthorized"),
                line.text.hasBytes("=")
            else { return nil }
            let choice = lines[index..<min(index + 3, lines.count)].map(\.text).joined(separator: " ")
            guard Self.offUnlessVariableSays.matches(choice) else { return nil }
            return file.finding(
                "code.tls-verify-disabled", .high, on: line,
                message: "TLS certificate checks are off unless an environment variable turns them on; keep them on "
                    + "by default and trust the right CA", content: line.text)
        }
    }

    /// A check set to a choice whose branch for an unset variable is off.
    private static let offUnlessVariableSays = LinePattern(
        #"(?i)\b(certificateVerification|rejectUnauthorized|verify(_?(ssl|tls|peer|certs?))?|ssl_?verify|tls_?verify)"#
            + #"["']?\s*[:=]\s*[^;,{}]*\b(getenv|environ|Environment\.get|process\.env|ENV)\b[^;?]*==\s*"#
            + #"["'](true|1|yes|on)["']\s*\)?\s*\?\s*[^:;]+:\s*(\.none|false|0|ssl\.CERT_NONE)\b"#)

    /// A skip given a setting whose default, or whose opt-in, leaves the check off; a check given a setting that is on
    /// only when a variable says so (`rejectUnauthorized: strictTls` after `strictTls = process.env.X === 'true'`).
    private func settingsFromVariables(in file: ChangedFile) -> [ReviewFinding] {
        file.visible.filter { $0.isAdded }.compactMap { line in
            let text = line.text
            let skip =
                text.hasBytesIgnoringCase("insecure") || text.hasBytesIgnoringCase("skip")
                || text.hasBytes("danger_accept")
            guard skip || text.hasBytesIgnoringCase("verif") || text.hasBytes("rejectUnauthorized"),
                let groups = (skip ? Self.skipFromSetting : Self.checkFromSetting).firstMatch(in: text),
                let setting = groups[2], !["true", "false", "True", "False"].contains(setting)
            else { return nil }
            // A check given a setting is off where the setting is off: the opposite of a skip.
            let optIn = (groups[1] != nil) == skip
            guard
                let declared = file.visible.indices.first(where: { index in
                    let text = file.visible[index].text
                    return optIn
                        ? Self.isOptIn(String(setting), text)
                        : Self.defaultsOn(String(setting), text)
                            || Self.serdeDefaultsOn(String(setting), at: index, in: file.visible)
                })
            else { return nil }
            return file.finding(
                "code.tls-verify-disabled", .high, on: line,
                message: "TLS certificate checks are skipped by default: `\(setting)` (line "
                    + "\(file.visible[declared].number)) "
                    + "leaves them off unless an environment says otherwise; keep them on and trust the right CA",
                content: line.text)
        }
    }

    /// Whether `text` sets `setting` true only when a variable is set to say so: `verify := os.Getenv("X") == "true"`.
    private static func isOptIn(_ setting: String, _ text: Substring) -> Bool {
        guard text.hasBytes(setting), text.hasBytes("==") else { return false }
        let name = NSRegularExpression.escapedPattern(for: setting)
        return LinePattern(
            #"(?i)\b"# + name + #"\s*:?=\s*.*\b(getenv|environ|env)\b.*==\s*["'](true|1|yes|on)["']"#
        ).matches(text)
    }

    /// Whether line `index` of `lines` declares the field `setting` (`pub accept_invalid_certs: bool,`) under serde's
    /// `#[serde(default = "…")]` naming a function the file defines to return `true`.
    private static func serdeDefaultsOn(_ setting: String, at index: Int, in lines: [ChangedFile.Line]) -> Bool {
        guard index > 0, lines[index].text.hasBytes(setting + ":"),
            let function = serdeDefault.firstMatch(in: lines[index - 1].text, capture: 1)
        else { return false }
        let body = lines.drop { !$0.text.hasBytes("fn \(function)()") }.prefix(3).map(\.text)
        return body.count == 3 && body[1].trimmedLine == "true"
    }

    /// Serde's default for a field, by function (group 1): `#[serde(default = "default_accept_invalid_certs")]`.
    private static let serdeDefault = LinePattern(#"#\[serde\(\s*default\s*=\s*"(\w+)"\s*\)\]"#)

    /// Whether `text` declares `setting` with a default of true: a Go struct tag (`default:"true"`), a field or a
    /// variable set to true (`tls_insecure: bool = True`, `var tlsInsecure = true`).
    private static func defaultsOn(_ setting: String, _ text: Substring) -> Bool {
        guard text.hasBytes(setting), text.hasBytesIgnoringCase("true") else { return false }
        let name = NSRegularExpression.escapedPattern(for: setting)
        return LinePattern(
            #"\b"# + name + #"\b[^\n]*\bdefault\s*[:=]\s*"?true\b|\b"# + name
                + #"\s*(?::\s*\w+)?\s*=\s*(?:true|True)\b"#
        ).matches(text)
    }
}
