import Drivers
import Foundation
import Manifest

/// The field-by-field comparison of one container's inspect output with the create request history recorded for
/// its generation: pure, no I/O, so every field is testable against a fake.
struct ContainerDrift {
    /// One difference, before it gets its first-seen time.
    struct Difference: Hashable {
        var field: String
        var desired: String?
        var live: String?
        var adoptable = false
    }

    /// Filesystem changes listed per container at most (one more line says how many were left out).
    static let fileLimit = 50
    /// Paths whose changes are the normal life of a container, never drift.
    static let noisyPaths = ["/tmp", "/run", "/proc", "/dev", "/sys"]

    let deployment: String
    let record: RecordedContainer
    let live: ContainerDetails
    /// The image the container runs (its defaults tell what berth did not set); nil when the engine lost it.
    let image: ImageInfo?
    /// The image `record.image` names on the engine now; nil when it names none.
    let recordedImage: ImageInfo?
    var recordedImageID: String? { recordedImage?.id }
    let secretKey: SecretKeyPair?

    func differences() -> [Difference] {
        var result: [Difference] = []
        result += imageDifferences()
        result += environmentDifferences()
        result += labelDifferences()
        result += runtimeDifferences()
        return result
    }

    private func imageDifferences() -> [Difference] {
        var result: [Difference] = []
        if let recordedImageID, recordedImageID != live.imageID {
            result.append(
                Difference(
                    field: "image", desired: "\(record.image) (\(Self.short(recordedImageID)))",
                    live: Self.short(live.imageID)))
        }
        let desiredCommand = record.command ?? image?.command
        if let desiredCommand, desiredCommand != live.command {
            result.append(
                Difference(field: "spec.command", desired: Self.argv(desiredCommand), live: Self.argv(live.command)))
        }
        if let image, image.entrypoint != live.entrypoint {
            result.append(
                Difference(field: "entrypoint", desired: Self.argv(image.entrypoint), live: Self.argv(live.entrypoint)))
        }
        if let desiredUser = record.user ?? image?.user, desiredUser != live.user {
            result.append(Difference(field: "user", desired: Self.text(desiredUser), live: Self.text(live.user)))
        }
        return result
    }

    private func environmentDifferences() -> [Difference] {
        let liveEnv = Self.variables(live.environment)
        // Defaults of either image: the one it runs, and the one berth created it from.
        let imageEnv = Self.variables((recordedImage?.environment ?? []) + (image?.environment ?? []))
        var result: [Difference] = []
        for (key, value) in record.environment.sorted(by: { $0.key < $1.key }) where liveEnv[key] != value {
            result.append(Difference(field: "spec.env.\(key)", desired: value, live: liveEnv[key], adoptable: true))
        }
        for (key, sealedText) in record.sealedEnvironment.sorted(by: { $0.key < $1.key }) {
            guard let liveValue = liveEnv[key] else {
                result.append(Difference(field: "spec.secretEnv.\(key)", desired: "(sealed)", live: nil))
                continue
            }
            guard let secretKey, let sealed = try? SealedSecret(parsing: sealedText),
                let opened = try? sealed.open(
                    with: secretKey.privateKey, deployment: PreviewName.secretsOwner(of: deployment), variable: key)
            else { continue }
            if opened != Data(liveValue.utf8) {
                result.append(Difference(field: "spec.secretEnv.\(key)", desired: "(sealed)", live: "(changed)"))
            }
        }
        for (key, value) in liveEnv.sorted(by: { $0.key < $1.key })
        where record.environment[key] == nil && record.sealedEnvironment[key] == nil && imageEnv[key] == nil {
            result.append(Difference(field: "spec.env.\(key)", desired: nil, live: value, adoptable: true))
        }
        return result
    }

    private func labelDifferences() -> [Difference] {
        var result: [Difference] = []
        for (key, value) in record.labels.sorted(by: { $0.key < $1.key }) where live.labels[key] != value {
            result.append(Difference(field: "labels.\(key)", desired: value, live: live.labels[key]))
        }
        let imageLabels = (recordedImage?.labels ?? [:]).merging(image?.labels ?? [:]) { $1 }
        for (key, value) in live.labels.sorted(by: { $0.key < $1.key })
        where record.labels[key] == nil && imageLabels[key] != value {
            result.append(Difference(field: "labels.\(key)", desired: nil, live: value))
        }
        return result
    }

    private func runtimeDifferences() -> [Difference] {
        var result: [Difference] = []
        func compare(_ field: String, _ desired: String?, _ live: String?, adoptable: Bool = false) {
            if desired != live { result.append(Difference(field: field, desired: desired, live: live, adoptable: adoptable)) }
        }
        let desiredPorts = Set(record.ports.map { "\($0.hostPort.map(String.init) ?? "?"):\($0.containerPort)/\($0.transport)" })
        let livePorts = Set(
            live.ports.compactMap { port in port.hostPort.map { "\($0):\(port.containerPort)/\(port.transport)" } })
        compare("spec.ports", Self.list(desiredPorts), Self.list(livePorts))
        let desiredMounts = Set(record.mounts.map { "\($0.source):\($0.target)\($0.readOnly ? ":ro" : "")" })
        let liveMounts = Set(
            live.mounts.filter { !($0.type == "volume" && Self.isAnonymous($0.source)) }
                .map { "\($0.source):\($0.target)\($0.readWrite ? "" : ":ro")" })
        compare("spec.volumes", Self.list(desiredMounts), Self.list(liveMounts))
        let desiredNetwork = Self.network(record.networkMode)
        compare("spec.network", desiredNetwork, Self.network(live.networkMode))
        if !live.networks.isEmpty, live.networks != [Self.network(live.networkMode)] {
            compare("networks", desiredNetwork, live.networks.joined(separator: ", "))
        }
        compare(
            "spec.restartPolicy", Self.restart(record.restartPolicy, record.restartMaximumRetries),
            Self.restart(live.restartPolicy, live.restartMaximumRetries), adoptable: true)
        compare(
            "spec.resources.memory", (record.memoryBytes ?? 0) == 0 ? nil : Self.memory(record.memoryBytes!),
            live.memoryBytes == 0 ? nil : Self.memory(live.memoryBytes), adoptable: true)
        compare(
            "spec.resources.cpus", (record.nanoCPUs ?? 0) == 0 ? nil : Self.cpus(record.nanoCPUs!),
            live.nanoCPUs == 0 ? nil : Self.cpus(live.nanoCPUs), adoptable: true)
        compare("spec.privileged", String(record.privileged), String(live.privileged))
        compare(
            "spec.capAdd", Self.list(Set(record.capabilitiesAdded.map(Self.capability))),
            Self.list(Set(live.capabilitiesAdded.map(Self.capability))))
        compare("spec.init", String(record.runsInit), String(live.runsInit))
        if live.state != .running {
            let exit = live.state == .exited ? " (exit \(live.exitCode)\(live.oomKilled ? ", OOM-killed" : ""))" : ""
            compare("state", "running", live.state.description + exit)
        }
        if live.restartCount > 0 { compare("restartCount", "0", String(live.restartCount)) }
        return result
    }

    /// `changes` outside `volumePaths` and the noisy paths, without the parent directories Docker lists as
    /// modified because something under them changed; at most ``fileLimit``, then one line with the rest.
    static func fileDifferences(_ changes: [FilesystemChange], volumePaths: [String]) -> [Difference] {
        let excluded = noisyPaths + volumePaths
        let kept = changes.filter { change in
            !excluded.contains { change.path == $0 || change.path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        }
        let paths = kept.map(\.path)
        let leaves = kept.filter { change in
            change.kind != .modified || !paths.contains { $0.hasPrefix(change.path + "/") }
        }.sorted { $0.path < $1.path }
        var result = leaves.prefix(fileLimit).map { change in
            Difference(field: "files:\(change.path)", desired: change.kind == .added ? nil : "as in the image", live: change.kind.word)
        }
        if leaves.count > fileLimit {
            result.append(Difference(field: "files", desired: nil, live: "\(leaves.count - fileLimit) more paths changed"))
        }
        return result
    }

    // MARK: Text

    static func variables(_ entries: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for entry in entries {
            guard let equals = entry.firstIndex(of: "=") else {
                result[entry] = ""
                continue
            }
            result[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        return result
    }

    static func short(_ id: String) -> String {
        let hex = id.hasPrefix("sha256:") ? id.dropFirst(7) : Substring(id)
        return String(hex.prefix(12))
    }

    static func argv(_ argv: [String]) -> String? {
        guard !argv.isEmpty else { return nil }
        let data = (try? JSONSerialization.data(withJSONObject: argv, options: [.withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func text(_ value: String) -> String? { value.isEmpty ? nil : value }

    static func list(_ values: Set<String>) -> String? { values.isEmpty ? nil : values.sorted().joined(separator: ", ") }

    static func network(_ mode: String?) -> String {
        guard let mode, !mode.isEmpty, mode != "default" else { return "bridge" }
        return mode
    }

    static func restart(_ name: String, _ retries: Int) -> String {
        let name = name.isEmpty ? "no" : name
        return name == "on-failure" && retries > 0 ? "on-failure:\(retries)" : name
    }

    static func capability(_ name: String) -> String {
        let upper = name.uppercased()
        return upper.hasPrefix("CAP_") ? String(upper.dropFirst(4)) : upper
    }

    /// Bytes as the manifest writes them: `128Mi`, `1Gi`, or plain bytes.
    static func memory(_ bytes: Int) -> String {
        for (suffix, factor) in [("Ti", 1 << 40), ("Gi", 1 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10)]
        where bytes % factor == 0 {
            return "\(bytes / factor)\(suffix)"
        }
        return String(bytes)
    }

    /// Billionths of a CPU as the manifest writes them: `0.5`, `2`.
    static func cpus(_ nano: Int) -> String {
        if nano % 1_000_000_000 == 0 { return String(nano / 1_000_000_000) }
        var text = String(format: "%.3f", Double(nano) / 1e9)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Whether `name` is an anonymous volume's (64 hex digits): an image's `VOLUME`, not berth's.
    static func isAnonymous(_ name: String) -> Bool {
        name.utf8.count == 64 && name.allSatisfy(\.isHexDigit)
    }
}
