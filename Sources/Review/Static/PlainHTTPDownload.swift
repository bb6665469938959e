import Manifest

/// `docker.plain-http-download`: a file downloaded to disk over plain HTTP (`curl -fsSLo /usr/local/bin/kubectl
/// "http://…"`, or through a variable the file sets to an `http://` address: `ARG TOOLS_MIRROR=http://…`) where nothing
/// in the file checks what arrived (`sha256sum -c`, `gpg --verify`, `cosign verify`). Anyone in the path can swap the
/// binary that is then installed and run. Loopback addresses and a check of the download's digest are not findings.
struct PlainHTTPDownload: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.dockerfile, .shell, .ci]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && Self.mayDownload($0.text) }),
            !lines.contains(where: { Self.verification.matches($0.text) })
        else { return [] }
        let plainVariables = Set(lines.compactMap { Self.plainHTTPVariable.firstMatch(in: $0.text, capture: 1) })
        return lines.compactMap { line in
            guard line.isAdded, Self.mayDownload(line.text), Self.savesToFile.matches(line.text),
                let url = Self.downloadURL.firstMatch(in: line.text, capture: 1)
            else { return nil }
            let variable = Self.leadingVariable.firstMatch(in: url, capture: 1)
            guard
                url.hasPrefix("http://") && !Self.loopback.matches(url)
                    || variable.map({ plainVariables.contains($0) }) == true
            else { return nil }
            return file.finding(
                "docker.plain-http-download", .high, on: line,
                message: "a file is downloaded over plain HTTP and nothing checks its digest; anyone in the path can "
                    + "swap it; use HTTPS and verify a pinned sha256", content: line.text)
        }
    }

    private static func mayDownload(_ text: Substring) -> Bool {
        (text.hasBytes("curl") || text.hasBytes("wget")) && (text.hasBytes("http://") || text.hasBytes("$"))
    }

    /// A check of what was downloaded: a digest compared, a signature verified.
    private static let verification = LinePattern(
        #"(?i)\bsha(?:1|224|256|384|512)sum\b[^\n]*(?:-c|--check)\b|\bgpg\s+(?:--batch\s+)?--verify\b|"#
            + #"\bcosign\s+verify|\bminisign\s+-V|--checksum[= ]"#)
    /// A download written to a file or unpacked: curl's `-o`/`-O`/`--output` (also in `-fsSLo`), wget, `| tar`.
    private static let savesToFile = LinePattern(
        #"\bcurl\b[^|;&\n]*\s(?:-[a-zA-Z]*[oO]\b|--output\b|--remote-name\b)|\bwget\b|\|\s*(?:sudo\s+)?tar\b"#)
    /// The URL fetched (group 1): `"http://…"`, `${TOOLS_MIRROR}/helm/…`.
    private static let downloadURL = LinePattern(#"(?:^|\s)["']?((?:https?://|\$\{?[A-Za-z_]\w*\}?)[^\s"']*)"#)
    /// The variable a URL starts with (group 1).
    private static let leadingVariable = LinePattern(#"^\$\{?([A-Za-z_]\w*)"#)
    /// A variable set to a plain-HTTP address off this host (group 1): `ARG TOOLS_MIRROR=http://tools-mirror…`.
    private static let plainHTTPVariable = LinePattern(
        #"^\s*(?:ARG\s+|ENV\s+|export\s+)?([A-Za-z_]\w*)[= ]["']?http://(?!"# + DevOnlyGuard.loopbackHost + #"[:/])"#)
    private static let loopback = LinePattern(#"^http://"# + DevOnlyGuard.loopbackHost + #"(?:[:/]|$)"#)
}
