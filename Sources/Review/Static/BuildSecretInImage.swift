import Manifest

/// `docker.build-secret-in-image`: a build argument that holds a secret (`ARG NPM_TOKEN`) copied into an `ENV`
/// (`ENV NPM_TOKEN=${NPM_TOKEN}`) or used by a `RUN` of the stage the image ships. An `ENV` stays in the image's
/// config, and a build argument a `RUN` uses is recorded with that step in `docker history`: anyone who pulls the
/// image reads the secret. A builder stage the final image does not start `FROM` is not shipped, so its use is no
/// finding; nor is a secret mounted for one step (`RUN --mount=type=secret,…`), which is the fix. A private key or a
/// credentials file `COPY`ed into a shipped stage (`COPY deploy_key /root/.ssh/id_ed25519`) is the same leak: the
/// layer keeps the file even when a later `RUN` deletes it.
struct BuildSecretInImage: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.dockerfile]

    static let rule = "docker.build-secret-in-image"

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: \.isAdded) else { return [] }
        let shipped = Self.shippedLines(of: lines)
        return Self.copiedKeys(in: lines, shipped: shipped).map { index in
            file.finding(
                Self.rule, .high, on: lines[index],
                message: "a private key or credentials file is copied into the image that ships; anyone who pulls "
                    + "it reads the file from the layer, even if a later step deletes it; mount it for the one step "
                    + "that needs it (RUN --mount=type=ssh or --mount=type=secret)", content: lines[index].text)
        } + argumentsUsed(in: file, shipped: shipped)
    }

    /// Added `COPY`/`ADD` lines of the shipped stages that bring in a private key or a credentials file
    /// (`COPY deploy/keys/deploy_ed25519 /root/.ssh/id_ed25519`); a copy from another stage (`--from=`) is judged
    /// where it was made.
    private static func copiedKeys(in lines: [ChangedFile.Line], shipped: [Int]) -> [Int] {
        shipped.filter { index in
            let text = lines[index].text
            guard lines[index].isAdded, text.hasBytesIgnoringCase("copy") || text.hasBytesIgnoringCase("add"),
                let arguments = copy.firstMatch(in: text, capture: 1)
            else { return false }
            return keyFile.matches(arguments) && !publicFile.matches(arguments)
        }
    }

    /// Build arguments holding secrets that an `ENV` or a `RUN` of the shipped stages uses.
    private func argumentsUsed(in file: ChangedFile, shipped: [Int]) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && $0.text.hasBytes("$") }) else { return [] }
        // A build argument is seen only in the stage that declares it.
        let secretArguments = Set(
            shipped.compactMap { Self.argument.firstMatch(in: lines[$0].text, capture: 1).map(String.init) }
                .filter { SecretKeyName.strength(of: $0) == .strong })
        guard !secretArguments.isEmpty else { return [] }
        let instructions = DockerInstructions(lines)
        return shipped.filter { lines[$0].isAdded }.compactMap { index in
            let line = lines[index]
            guard let instruction = instructions.instruction(at: index), ["ENV", "RUN"].contains(instruction),
                let used = Self.reference.matches(in: line.text).lazy.compactMap({ $0[1] ?? $0[2] })
                    .first(where: { secretArguments.contains(String($0)) })
            else { return nil }
            let message =
                "the build argument \(used) holds a secret and "
                + (instruction == "ENV" ? "is copied into an ENV" : "is used by a RUN")
                + " of the image that ships, where docker inspect or docker history shows it; mount it for one step "
                + "instead (RUN --mount=type=secret)"
            return file.finding(Self.rule, .high, on: line, message: message, content: line.text)
        }
    }

    /// The indices of the lines of the stage the image ships: the last `FROM` onwards, and the stages it is built
    /// `FROM` (`FROM deps AS build` … `FROM build`), whose `ENV`s and history it inherits.
    private static func shippedLines(of lines: [ChangedFile.Line]) -> [Int] {
        let starts = lines.indices.filter { Self.from.matches(lines[$0].text) }
        guard let last = starts.last else { return Array(lines.indices) }
        var shipped: [Int] = []
        var stage: Int? = last
        var visited = Set<Int>()
        while let start = stage, visited.insert(start).inserted {
            let end = starts.first { $0 > start } ?? lines.count
            shipped += start..<end
            let base = from.firstMatch(in: lines[start].text[...], capture: 1).map { $0.lowercased() }
            stage = starts.first { from.firstMatch(in: lines[$0].text[...], capture: 2)?.lowercased() == base }
        }
        return shipped.sorted()
    }

    /// `COPY`/`ADD` not from another stage (group 1 the sources and destination).
    private static let copy = LinePattern(#"(?i)^\s*(?:COPY|ADD)\s+(?!.*--from=)(?:--\S+\s+)*(.+)$"#)
    /// A private key's or a credentials file's name: SSH's `id_ed25519`, a deploy key, a key store, `.netrc`,
    /// `.git-credentials`, AWS's and Docker's credentials, a cloud service account's JSON key, anything under `.ssh/`.
    private static let keyFile = LinePattern(
        #"(?i)(^|[/\s])(id_(rsa|dsa|ecdsa|ed25519)\b|[\w.-]*deploy[_-]?key[\w.-]*|[\w.-]*private[_-]?key[\w.-]*|"#
            + #"[\w.-]+\.(p12|pfx|jks|keystore)\b|\.netrc\b|\.git-credentials\b|\.aws/credentials\b|"#
            + #"\.docker/config\.json\b|service[_-]?account[\w.-]*\.json\b|\.ssh/\S+)"#)
    /// What may sit under `.ssh/` and is public: host keys, client config, public keys.
    private static let publicFile = LinePattern(#"(?i)known_hosts|authorized_keys|\.pub\b|\.ssh/config\b"#)
    /// `ARG NAME` or `ARG NAME=default` (group 1 the name).
    private static let argument = LinePattern(#"^\s*ARG\s+([A-Za-z_]\w*)"#)
    /// `FROM image AS name` (group 1 the image or stage built from, group 2 the stage's own name).
    private static let from = LinePattern(#"(?i)^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?"#)
    /// `$NAME` or `${NAME}` (groups 1, 2), not a mounted secret's path.
    private static let reference = LinePattern(#"\$(?:\{([A-Za-z_]\w*)(?::?[-+][^}]*)?\}|([A-Za-z_]\w*))"#)
}
