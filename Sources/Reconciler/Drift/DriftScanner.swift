package import Drivers
package import Foundation
package import Manifest

/// Scans one controller's host for drift (DESIGN §13): each managed container's inspect output compared field by
/// field with its generation's create record, plus what on the host looks like berth's without being it.
///
/// One container list, one inspect per active container (at most ``concurrency`` at once), one history read for all
/// records, an image inspect per distinct image, and with `drift.files` the engine's changes per container.
/// Secret values are opened in memory only to be compared; neither the sealed nor the live value leaves the scan.
///
/// ```swift
/// let scanner = DriftScanner(engine: engine, history: history, stateDir: controller.stateDir, secretKey: key)
/// let report = try await scanner.scan(declared: DriftScanner.declared(in: snapshot.state), configCommit: commit)
/// ```
package struct DriftScanner: Sendable {
    /// What the manifests declare that the scan needs: which deployments exist, which want their files compared,
    /// and their volume mount paths (changes under them are data, not drift).
    package struct Declared: Sendable, Hashable {
        package var name: String
        package var files: Bool
        package var volumePaths: [String]

        package init(name: String, files: Bool = false, volumePaths: [String] = []) {
            self.name = name
            self.files = files
            self.volumePaths = volumePaths
        }
    }

    let engine: any ContainerEngine
    let history: History
    let stateDir: String
    let secretKey: SecretKeyPair?
    let host: String
    let concurrency: Int

    /// - Parameters:
    ///   - secretKey: the controller's key, to compare `secretEnv` values; without it they are checked for presence
    ///     only.
    ///   - host: the name the report carries (default: this machine's, as a DNS label).
    ///   - concurrency: inspects in flight at once.
    package init(
        engine: any ContainerEngine, history: History, stateDir: String, secretKey: SecretKeyPair? = nil,
        host: String = DriftReport.localHost, concurrency: Int = 16
    ) {
        self.engine = engine
        self.history = history
        self.stateDir = stateDir
        self.secretKey = secretKey
        self.host = host
        self.concurrency = max(1, concurrency)
    }

    /// Every deployment `state` declares (an invalid document's name counts, so its volumes are not orphans).
    package static func declared(in state: DesiredState) -> [Declared] {
        var result = state.deployments.map { deployment in
            Declared(
                name: deployment.name, files: deployment.spec.driftFiles,
                volumePaths: deployment.spec.volumes.map(\.mountPath))
        }
        let valid = Set(result.map(\.name))
        result += state.invalid.compactMap(\.name).filter { !valid.contains($0) }.map { Declared(name: $0) }
        return result
    }

    /// The controller's key at `path`, or nil when it cannot be read or parsed (secrets are then only checked for
    /// presence).
    package static func secretKey(at path: String) -> SecretKeyPair? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return try? SecretKeyPair(privateKeyText: text, source: path)
    }

    /// Scans the host once.
    /// - Parameters:
    ///   - declared: the deployments the config repository declares.
    ///   - keepFirstSeen: record the findings in history (new ones first seen now, gone ones forgotten); without it
    ///     history is only read, and a finding it does not hold is first seen now.
    /// - Throws: when the engine cannot list containers or history cannot be read; a container that vanishes
    ///   during the scan is skipped.
    package func scan(
        declared: [Declared], configCommit: String? = nil, keepFirstSeen: Bool = false, now: Date = Date()
    ) async throws -> DriftReport {
        let declaredByName = Dictionary(declared.map { ($0.name, $0) }) { first, _ in first }
        let (engine, stateDir) = (engine, stateDir)
        async let volumeList = engine.listVolumes(labels: BerthLabel.owned(by: stateDir))
        let everything = try await engine.listContainers(labels: [:])
        let controller = BerthLabel.controllerValue(stateDir)
        // The active generations of this controller's deployments: `<deployment>-<generation>`, no -candidate or
        // -previous, no router.
        let active = everything.compactMap { summary -> (ContainerSummary, String, Int)? in
            guard summary.labels[BerthLabel.managed] == "true", summary.labels[BerthLabel.controller] == controller,
                summary.labels[BerthLabel.role] != BerthLabel.Role.router.rawValue,
                let deployment = summary.labels[BerthLabel.deployment],
                let generation = summary.labels[BerthLabel.generation].flatMap(Int.init),
                Self.name(summary) == "\(deployment)-\(generation)"
            else { return nil }
            return (summary, deployment, generation)
        }
        // Read while the inspects run: each comparison waits for it, no inspect does.
        let history = history
        let records = Task { try await history.createRequests(of: active.map { ($0.1, $0.2) }) }
        defer { records.cancel() }
        var differences: [(deployment: String?, container: String?, ContainerDrift.Difference)] = []
        let images = ImageCache(engine: engine)
        try await withThrowingTaskGroup(of: [(String?, String?, ContainerDrift.Difference)].self) { group in
            var next = 0
            func addNext() {
                guard next < active.count else { return }
                let (summary, deployment, generation) = active[next]
                next += 1
                let wanted = declaredByName[deployment]
                group.addTask {
                    try await scanContainer(
                        summary, deployment: deployment, generation: generation, records: records, declared: wanted,
                        images: images
                    ).map { (deployment, Self.name(summary), $0) }
                }
            }
            for _ in 0..<concurrency { addNext() }
            while let found = try await group.next() {
                differences += found
                addNext()
            }
        }
        differences += hostContainers(everything, declared: Set(declaredByName.keys)).map { (nil, $0.0, $0.1) }
        differences += Self.orphaned(try await volumeList, declared: Set(declaredByName.keys)).map { (nil, $0.0, $0.1) }
        differences.sort {
            ($0.deployment ?? "~", $0.container ?? "", $0.2.field) < ($1.deployment ?? "~", $1.container ?? "", $1.2.field)
        }
        let keys = Set(differences.map { History.DriftKey(deployment: $0.deployment, container: $0.container, field: $0.2.field) })
        let firstSeen =
            keepFirstSeen ? try await history.keepDrift(keys, seenAt: now) : try await history.driftFirstSeen()
        let findings = differences.map { deployment, container, difference in
            let key = History.DriftKey(deployment: deployment, container: container, field: difference.field)
            return DriftFinding(
                deployment: deployment, container: container, field: difference.field, desired: difference.desired,
                live: difference.live, firstSeen: firstSeen[key] ?? now, adoptable: difference.adoptable)
        }
        return DriftReport(host: host, scannedAt: now, configCommit: configCommit, findings: findings)
    }

    private func scanContainer(
        _ summary: ContainerSummary, deployment: String, generation: Int,
        records: Task<[String: [Int: RecordedContainer]], any Error>, declared: Declared?, images: ImageCache
    ) async throws -> [ContainerDrift.Difference] {
        let live: ContainerDetails
        do {
            live = try await engine.inspectContainer(summary.id)
        } catch let error as ContainerEngineError where error.code == .notFound {
            return []
        }
        guard let record = try await records.value[deployment]?[generation] else {
            return [.init(field: "record", desired: nil, live: "no create record (rolled out before berth kept them)")]
        }
        async let image = images.image(live.imageID)
        async let recordedImage = images.image(record.image)
        var result = ContainerDrift(
            deployment: deployment, record: record, live: live, image: await image, recordedImage: await recordedImage,
            secretKey: secretKey
        ).differences()
        if declared?.files == true {
            let changes = (try? await engine.containerChanges(live.id)) ?? []
            let paths = (declared?.volumePaths ?? []) + record.mounts.map(\.target)
            result += ContainerDrift.fileDifferences(changes, volumePaths: paths)
        }
        return result
    }

    /// Containers without berth's labels that publish ports, or whose name is in berth's form for a declared
    /// deployment (`<name>-<generation>`, `-candidate`, `-previous`).
    private func hostContainers(_ all: [ContainerSummary], declared: Set<String>) -> [(String, ContainerDrift.Difference)] {
        all.compactMap { summary in
            guard summary.labels[BerthLabel.managed] == nil else { return nil }
            let published = Set(
                summary.ports.compactMap { port in
                    port.hostPort.map { "\($0):\(port.containerPort)/\(port.transport)" }
                })
            var reasons: [String] = []
            if !published.isEmpty { reasons.append("publishes \(published.sorted().joined(separator: ", "))") }
            if let deployment = Self.berthForm(Self.name(summary), declared: declared) {
                reasons.append("named like a container of \(deployment)")
            }
            guard !reasons.isEmpty else { return nil }
            return (
                Self.name(summary),
                .init(field: "host.container", desired: nil, live: "unlabelled, " + reasons.joined(separator: "; "))
            )
        }
    }

    /// The container's name without the engine's leading `/`.
    static func name(_ summary: ContainerSummary) -> String {
        summary.name.hasPrefix("/") ? String(summary.name.dropFirst()) : summary.name
    }

    /// The declared deployment `name` has berth's form for, if any.
    static func berthForm(_ name: String, declared: Set<String>) -> String? {
        var base = Substring(name)
        for suffix in ["-candidate", "-previous"] where base.hasSuffix(suffix) {
            base = base.dropLast(suffix.count)
        }
        guard let dash = base.lastIndex(of: "-"), !base[base.index(after: dash)...].isEmpty,
            base[base.index(after: dash)...].allSatisfy(\.isASCII), Int(base[base.index(after: dash)...]) != nil
        else { return nil }
        let deployment = String(base[..<dash])
        return declared.contains(deployment) ? deployment : nil
    }

    /// This controller's volumes whose deployment is no longer declared (their labels say whose they are).
    private static func orphaned(_ volumes: [VolumeInfo], declared: Set<String>) -> [(String, ContainerDrift.Difference)] {
        volumes.compactMap { volume in
            guard let deployment = volume.labels[BerthLabel.deployment], !declared.contains(deployment) else {
                return nil
            }
            return (
                volume.name,
                .init(field: "host.volume", desired: nil, live: "kept after deployment \(deployment) left the manifests")
            )
        }
    }
}

/// Image inspects of one scan, one per distinct reference.
private actor ImageCache {
    let engine: any ContainerEngine
    private var images: [String: Task<ImageInfo?, Never>] = [:]

    init(engine: any ContainerEngine) {
        self.engine = engine
    }

    func image(_ reference: String) async -> ImageInfo? {
        if let task = images[reference] { return await task.value }
        let engine = engine
        let task = Task { try? await engine.inspectImage(reference) }
        images[reference] = task
        return await task.value
    }
}
