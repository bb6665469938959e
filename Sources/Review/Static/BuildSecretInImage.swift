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
        } + argumentsUsed(in: file, shipped: shipped) + secretFilesCopied(in: file, shipped: shipped)
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

    /// A secret build argument a builder stage writes into a file (`echo "//npm.pkg.github.com/:_authToken=${TOKEN}"
    /// >> .npmrc`) and leaves there, where a shipped stage then copies that stage's files whole (`COPY --from=build
    /// /app ./`): the file ships with the copy. Reported on the writing line when the change added it, else on the
    /// copy.
    private func secretFilesCopied(in file: ChangedFile, shipped: [Int]) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && $0.text.hasBytes("$") }) else { return [] }
        let secretArguments = Set(
            lines.compactMap { Self.argument.firstMatch(in: $0.text, capture: 1).map(String.init) }
                .filter { SecretKeyName.strength(of: $0) == .strong })
        guard !secretArguments.isEmpty else { return [] }
        let stages = DockerStages(lines)
        let instructions = DockerInstructions(lines)
        let shippedSet = Set(shipped)
        return lines.indices.compactMap { index in
            let text = lines[index].text
            guard !shippedSet.contains(index), instructions.instruction(at: index) == "RUN",
                Self.reference.matches(in: text).contains(where: {
                    ($0[1] ?? $0[2]).map(String.init).map(secretArguments.contains) == true
                }),
                let target = Self.redirect.firstMatch(in: text, capture: 1),
                let stage = stages.stage(holding: index)
            else { return nil }
            let written = stages.absolutePath(of: target, writtenAt: index)
            let name = written.split(separator: "/").last.map(String.init) ?? written
            // A file removed in a later step of the stage is still in the layer that wrote it, but a copy made from
            // the stage's last state does not hold it.
            let removed = lines[(index + 1)..<stages.end(of: stage)].contains { line in
                line.text.hasBytes("rm ") && line.text.hasBytes(name)
            }
            guard !removed,
                let copy = shipped.first(where: { stages.copies(written, from: stage, at: $0) })
            else { return nil }
            let line = lines[index].isAdded ? lines[index] : lines[copy]
            guard line.isAdded else { return nil }
            return file.finding(
                Self.rule, .high, on: line,
                message: "a secret build argument is written to \(written) in a builder stage whose files the image "
                    + "that ships copies whole, so the file ships too; mount the secret for one step instead (RUN "
                    + "--mount=type=secret) or copy only the build's output", content: line.text)
        }
    }

    /// The indices of the lines of the stage the image ships: the last `FROM` onwards, and the stages it is built
    /// `FROM` (`FROM deps AS build` … `FROM build`), whose `ENV`s and history it inherits.
    private static func shippedLines(of lines: [ChangedFile.Line]) -> [Int] {
        let stages = DockerStages(lines)
        guard let last = stages.last else { return Array(lines.indices) }
        var shipped: [Int] = []
        var stage: Int? = last
        var visited = Set<Int>()
        while let start = stage, visited.insert(start).inserted {
            shipped += start..<stages.end(of: start)
            stage = stages.base(of: start)
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
    /// Output sent to a file: `> .npmrc`, `>> /root/.pypirc`, `| tee .netrc` (group 1 the file).
    private static let redirect = LinePattern(#"(?:>>?|\btee\s+(?:-a\s+)?)\s*([\w./~-]+)"#)
    /// `$NAME` or `${NAME}` (groups 1, 2), not a mounted secret's path.
    private static let reference = LinePattern(#"\$(?:\{([A-Za-z_]\w*)(?::?[-+][^}]*)?\}|([A-Za-z_]\w*))"#)
}

/// A Dockerfile's stages, as ``BuildSecretInImage`` follows a file from the stage that writes it to one that copies it.
private struct DockerStages {
    private let lines: [ChangedFile.Line]
    /// The index of each `FROM` line, in order.
    private let starts: [Int]

    init(_ lines: [ChangedFile.Line]) {
        self.lines = lines
        starts = lines.indices.filter { Self.from.matches(lines[$0].text) }
    }

    /// The `FROM` line of the stage holding line `index`.
    func stage(holding index: Int) -> Int? { starts.last { $0 <= index } }

    /// The index after the last line of the stage starting at `stage`.
    func end(of stage: Int) -> Int { starts.first { $0 > stage } ?? lines.count }

    /// `path` as written by a step at line `index`: relative to the last `WORKDIR` above it in its stage and the stages
    /// it is built from.
    func absolutePath(of path: Substring, writtenAt index: Int) -> String {
        if path.hasPrefix("/") { return String(path) }
        var stage = self.stage(holding: index)
        var below = index
        var visited = Set<Int>()
        while let start = stage, visited.insert(start).inserted {
            if let workdir = (start..<below).reversed().lazy.compactMap({
                Self.workdir.firstMatch(in: lines[$0].text, capture: 1)
            }).first {
                return String(workdir.hasSuffix("/") ? workdir + path : workdir + "/" + path)
            }
            stage = base(of: start)
            below = stage.map(end(of:)) ?? 0
        }
        return "/" + path
    }

    /// Whether the `COPY --from=…` on line `index` takes `path` from the stage starting at `stage`, or from one built
    /// on it: its source is the path or a directory above it.
    func copies(_ path: String, from stage: Int, at index: Int) -> Bool {
        guard let groups = Self.copyFrom.firstMatch(in: lines[index].text), let source = groups[1],
            let sources = groups[2]
        else { return false }
        var candidate = starts.first { name(of: $0) == source.lowercased() }
        var visited = Set<Int>()
        while let start = candidate, visited.insert(start).inserted, start != stage { candidate = base(of: start) }
        guard candidate == stage else { return false }
        let paths = sources.split(separator: " ").dropLast().map { $0.hasSuffix("/") ? String($0) : $0 + "/" }
        return paths.contains { path.hasPrefix($0) || $0 == "./" || $0 == "/" }
    }

    /// The `FROM` line of the stage the image ships, the last; nil in a file without one.
    var last: Int? { starts.last }

    /// The stage a stage is built `FROM`, when it is one of this file's.
    func base(of stage: Int) -> Int? {
        guard let image = Self.from.firstMatch(in: lines[stage].text, capture: 1)?.lowercased() else { return nil }
        return starts.last { $0 < stage && name(of: $0) == image }
    }

    private func name(of stage: Int) -> String? {
        Self.from.firstMatch(in: lines[stage].text, capture: 2)?.lowercased()
    }

    /// `FROM image AS name` (group 1 the image or stage built from, group 2 the stage's own name).
    private static let from = LinePattern(#"(?i)^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?"#)
    /// `WORKDIR /app` (group 1 the directory).
    private static let workdir = LinePattern(#"(?i)^\s*WORKDIR\s+(\S+)"#)
    /// `COPY --from=build [--chown=…] /app ./` (group 1 the stage, group 2 the sources and destination).
    private static let copyFrom = LinePattern(#"(?i)^\s*COPY\s+(?:--\S+\s+)*?--from=(\S+)\s+(?:--\S+\s+)*(.+?)\s*$"#)
}
