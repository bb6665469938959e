import Manifest

/// Rules for how images are built: what a Dockerfile pulls in and who the container runs as.
/// `docker.root-user` needs the whole file and is checked by ``StaticReviewer`` itself; secrets in `ENV`/`ARG` are
/// ``SecretAssignments``; the rest read lines.
enum DockerfileRules {
    static let all: [StaticRule] = [curlPipeShell, unverifiedPackages, addRemoteURL, unpinnedBase, chmod777]

    /// Remote script execution: `curl … | sh`, `wget -O- … | sudo bash`, `curl … | DIR=/opt sh -s`, `… | python`,
    /// `bash <(curl …)`, `sh -c "$(curl …)"`, PowerShell's `iwr … | iex` and `iex (…DownloadString('https://…'))`: runs
    /// whatever the server (or anyone in the path) sends, unpinned and unverified, at build time or in CI. Download to
    /// a file, check its checksum, then run it.
    static let curlPipeShell = StaticRule(
        id: "docker.curl-pipe-shell", severity: .high, kinds: [.dockerfile, .shell, .ci],
        message: "a downloaded script is run by a shell; download it, verify its checksum, then run it",
        patterns: [
            .init(
                #"(?i)\b(curl|wget)\b[^|;&]*\|\s*((sudo|env)\s+|-\S+\s+|\w+=\S*\s+)*(/bin/|/usr/bin/|/usr/bin/env\s+)?"#
                    + #"((ba|z|da|k|fi)?sh|python[23]?|perl|ruby|node|php)\b"#, "curl", "wget"),
            .init(#"(?i)\b(ba|z)?sh\s+(-\w+\s+)*(<\(|-c\s+["']?\$\()\s*(curl|wget)\b"#, "curl", "wget"),
            .init(
                #"(?i)\b(iwr|irm|Invoke-WebRequest|Invoke-RestMethod|DownloadString)\b[^|]*\|\s*"#
                    + #"(iex|Invoke-Expression)\b"#, "iex", "invoke-expression"),
            // `iex ((New-Object Net.WebClient).DownloadString('https://…'))`, `Invoke-Expression (irm https://…)`.
            .init(
                #"(?i)\b(iex|Invoke-Expression)\s*(-Command\s+)?[(&$]*[^|;]*\b(DownloadString|iwr|irm|"#
                    + #"Invoke-WebRequest|Invoke-RestMethod)\b"#, "iex", "invoke-expression"),
        ]
    )

    /// Packages installed without their signatures checked: an apt source marked `[trusted=yes]` or
    /// `allow-insecure=yes`, `apt-get install --allow-unauthenticated`, `AllowUnauthenticated` or
    /// `AllowInsecureRepositories` set, `yum`/`dnf` with `--nogpgcheck` or `gpgcheck=0`, `apk add --allow-untrusted`.
    /// Anyone in the path, or with the repository, can swap a package for one that runs in the image.
    static let unverifiedPackages = StaticRule(
        id: "docker.unverified-packages", severity: .high, kinds: [.dockerfile, .shell, .ci],
        message: "packages are installed without their signatures checked; use the repository's signing key",
        patterns: [
            .init(
                #"(?i)\[[^\]]*\b(trusted|allow-insecure)=yes\b[^\]]*\]|--allow-unauthenticated\b|"#
                    + #"\bAllow(Unauthenticated|InsecureRepositories|DowngradeToInsecureRepositories)\b"#
                    + #"[^;\n]*\btrue\b|"#
                    + #"--nogpgcheck\b|\bgpgcheck\s*=\s*0\b|--allow-untrusted\b"#,
                "trusted=yes", "allow-insecure", "allow-unauthenticated", "allowunauthenticated",
                "allowinsecurerepositories", "allowdowngradetoinsecure", "nogpgcheck", "gpgcheck", "allow-untrusted")
        ]
    )

    /// `ADD https://…`: the build fetches a remote file with no checksum; what lands in the image can change
    /// between builds. Use `curl` with a checksum check, or `ADD --checksum=sha256:…`.
    static let addRemoteURL = StaticRule(
        id: "docker.add-remote-url", severity: .medium, kinds: [.dockerfile],
        message: "ADD fetches a URL without a checksum; pin it with --checksum=sha256:… or download and verify it",
        patterns: [.init(#"(?i)^\s*ADD\s+(--(?!checksum)\S+\s+)*https?://\S+"#, "http")]
    )

    /// `FROM image` or `FROM image:latest`: the base changes under the build without a commit, so two builds of
    /// one commit differ and a compromised tag flows straight in. Pin a version tag or a digest. Stage names,
    /// `scratch` and `$ARG` references are fine.
    static let unpinnedBase = StaticRule(
        id: "docker.unpinned-base", severity: .medium, kinds: [.dockerfile],
        message: "the base image is untagged or :latest; pin a version tag or an @sha256 digest",
        patterns: [.init(#"(?i)^\s*FROM\s+(--platform=\S+\s+)?([^\s$]+)"#, "from")], capture: 2,
        accept: { image, _ in
            let lower = image.lowercased()
            guard lower != "scratch", !lower.contains("@sha256:") else { return nil }
            let lastComponent = lower.split(separator: "/").last ?? Substring(lower)
            if let colon = lastComponent.firstIndex(of: ":") {
                return lastComponent[lastComponent.index(after: colon)...] == "latest"
                    ? StaticRule.Match(content: image) : nil
            }
            return StaticRule.Match(content: image)  // untagged; the reviewer drops names declared as stages
        }
    )

    /// `chmod 777` (or `a+rwx`): any process in the container, and any user on a shared volume, may rewrite the
    /// file — often the app's own code. Grant what the app's user needs, nothing more.
    static let chmod777 = StaticRule(
        id: "docker.chmod-777", severity: .medium, kinds: [.dockerfile, .shell],
        message: "chmod 777 makes files writable by everyone; grant only what the app's user needs",
        patterns: [.init(#"(?i)\bchmod\s+(-[a-z]+\s+)*(0?777|a\+rwx|ugo\+rwx)\b"#, "777", "+rwx")]
    )
}
