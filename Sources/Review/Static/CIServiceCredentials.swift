import Manifest

/// A CI job's service containers (GitLab's and GitHub's `services:`) start empty for the job and are reachable only
/// from it: the password the job gives its database container (`POSTGRES_PASSWORD: ci-pg-7Hq2xWm4`), and a URL that
/// carries that password to that container (`postgres://app:ci-pg-7Hq2xWm4@db:5432/app_test`, its host a service's
/// alias or name, or localhost), protect nothing outside the job; nor does a key its framework marks as made for
/// development (Django's `django-insecure-…`) given to the job's tests. Their secret findings are lowered to `low`.
/// Any other credential in the file (a deploy key, a registry token) is judged as before, and a marked key in an
/// application's own settings is a committed key like any other.
enum CIServiceCredentials {
    /// `findings` with the secret findings on a service container's credentials lowered to `low`.
    static func lowering(_ findings: [ReviewFinding], in file: ChangedFile) -> [ReviewFinding] {
        guard file.file.kind == .ci,
            findings.contains(where: { $0.rule.hasPrefix("secret.") && $0.severity > .low }),
            file.visible.contains(where: { $0.text.trimmedLine.hasPrefix("services:") })
        else { return findings }
        var passwords = Set<Substring>()
        var hosts: Set<Substring> = ["localhost", "127.0.0.1"]
        for line in file.visible {
            if let password = serviceVariable.firstMatch(in: line.text, capture: 2) { passwords.insert(password) }
            if let host = serviceHost.firstMatch(in: line.text).flatMap({ $0[1] ?? $0[2] }) { hosts.insert(host) }
        }
        let byNumber = Dictionary(file.visible.map { ($0.number, $0.text) }, uniquingKeysWith: { first, _ in first })
        return findings.lowering(to: .low, note: "a CI service container's credential") { finding in
            guard finding.rule.hasPrefix("secret."), let number = finding.line, let text = byNumber[number] else {
                return false
            }
            if serviceVariable.matches(text) || text.hasBytes("django-insecure-") { return true }
            guard let groups = urlCredential.firstMatch(in: text), let password = groups[1], let host = groups[2]
            else { return false }
            return passwords.contains(password) && hosts.contains(host)
        }
    }

    /// A database or broker image's own password variable and its value (group 2): `POSTGRES_PASSWORD: …`,
    /// `MYSQL_ROOT_PASSWORD=…`, `RABBITMQ_DEFAULT_PASS: …`.
    private static let serviceVariable = LinePattern(
        #"^\s*(?:-\s*)?["']?(POSTGRES|MYSQL|MYSQL_ROOT|MARIADB|MARIADB_ROOT|MONGO_INITDB_ROOT|RABBITMQ_DEFAULT|"#
            + #"REDIS|MINIO_ROOT|ELASTIC|MSSQL_SA|SA)_(?:PASSWORD|PASS)["']?\s*[:=]\s*["']?([^"'\s]+)["']?\s*$"#)
    /// A service's host name: its `alias:` (group 1), or its image's name (`- name: postgres:16-alpine`,
    /// `image: redis:7`; group 2).
    private static let serviceHost = LinePattern(
        #"^\s*(?:-\s*)?alias:\s*["']?([\w.-]+)|^\s*(?:-\s*)?(?:name|image):\s*["']?(?:[\w.-]+/)*([\w-]+)[:@"'\s]"#)
    /// A URL's password (group 1) and host (group 2).
    private static let urlCredential = LinePattern(#"://[^:/@\s]+:([^@\s/]+)@([^:/\s"'@]+)"#)
}
