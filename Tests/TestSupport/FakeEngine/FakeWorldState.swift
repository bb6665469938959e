import Drivers
import Foundation

/// What a ``FakeContainerWorld`` holds, and the engine's operations on it with Docker's errors.
struct FakeWorldState {
    var containers: [FakeContainer] = []
    var images: [FakeImage] = []
    var volumes: [String: VolumeInfo] = [:]
    var registry = FakeRegistry()
    private var nextID = 0

    mutating func makeID() -> String {
        nextID += 1
        let hex = String(nextID, radix: 16)
        return String(repeating: "0", count: 64 - hex.count) + hex
    }

    // MARK: containers

    func index(ofContainer idOrName: String, _ request: String) throws -> Int {
        let name = idOrName.hasPrefix("/") ? String(idOrName.dropFirst()) : idOrName
        guard let index = containers.firstIndex(where: { $0.id == idOrName || $0.name == name }) else {
            throw Self.error(.notFound, request, "No such container: \(idOrName)")
        }
        return index
    }

    func listContainers(labels: [String: String]) -> [ContainerSummary] {
        containers.filter { container in labels.allSatisfy { container.labels[$0.key] == $0.value } }.map { container in
            ContainerSummary(
                id: container.id, names: ["/\(container.name)"], image: container.image, imageID: container.imageID,
                labels: container.labels, state: container.state, status: status(of: container),
                ports: container.ports, created: container.created
            )
        }
    }

    func inspectContainer(_ idOrName: String) throws -> ContainerDetails {
        let container = containers[try index(ofContainer: idOrName, "inspect \(idOrName)")]
        return ContainerDetails(
            id: container.id, name: container.name, imageID: container.imageID, labels: container.labels,
            state: container.state, health: health(of: container), exitCode: container.exitCode, oomKilled: false,
            restartCount: container.restartCount, startedAt: nil, finishedAt: nil,
            environment: container.environment.map { "\($0.key)=\($0.value)" }.sorted(),
            command: container.command, networkMode: container.networkMode ?? "bridge", ports: container.ports,
            entrypoint: container.entrypoint, user: container.user, privileged: container.privileged,
            capabilitiesAdded: container.capabilitiesAdded,
            mounts: container.mounts.map { mount in
                switch mount.source {
                case .volume(let name):
                    ContainerDetails.Mount(type: "volume", source: name, target: mount.target, readWrite: !mount.readOnly)
                case .bind(let path):
                    ContainerDetails.Mount(type: "bind", source: path, target: mount.target, readWrite: !mount.readOnly)
                }
            }.sorted { $0.target < $1.target },
            networks: [container.networkMode ?? "bridge"], restartPolicy: container.restartPolicy.engineName,
            restartMaximumRetries: container.restartPolicy.maximumRetries,
            memoryBytes: container.resources.memoryBytes ?? 0,
            nanoCPUs: container.resources.cpus.map { Int(($0 * 1e9).rounded()) } ?? 0, runsInit: container.runsInit
        )
    }

    mutating func createContainer(_ spec: ContainerSpec) throws -> String {
        let request = "create \(spec.name)"
        guard !containers.contains(where: { $0.name == spec.name }) else {
            throw Self.error(.conflict, request, "Conflict. The container name \"/\(spec.name)\" is already in use")
        }
        let image = try self.image(spec.image, request)
        let id = makeID()
        var container = FakeContainer(
            id: id, name: spec.name, image: spec.image, imageID: image.id, labels: spec.labels,
            ports: spec.ports, networkMode: spec.networkMode, environment: image.environment.merging(spec.environment) {
                $1
            },
            hasHealthCheck: spec.healthCheck != nil, mounts: spec.mounts
        )
        container.command = spec.command ?? []
        container.privileged = spec.privileged
        container.capabilitiesAdded = spec.capabilitiesAdded.sorted()
        container.resources = spec.resources
        container.restartPolicy = spec.restartPolicy
        container.runsInit = spec.runsInit
        if let user = spec.user { container.user = user }
        containers.append(container)
        return id
    }

    mutating func startContainer(_ idOrName: String) throws {
        let request = "start \(idOrName)"
        let index = try index(ofContainer: idOrName, request)
        guard !containers[index].isRunning else { return }
        let wanted = containers[index].hostPorts
        if let holder = containers.first(where: { $0.isRunning && !$0.hostPorts.isDisjoint(with: wanted) }) {
            let port = holder.hostPorts.intersection(wanted).min()!
            throw Self.error(
                .failed, request,
                "driver failed programming external connectivity on endpoint \(containers[index].name): "
                    + "Bind for 0.0.0.0:\(port) failed: port is already allocated"
            )
        }
        switch images.first(where: { $0.id == containers[index].imageID })?.behaviour ?? .serves {
        case .serves, .neverHealthy:
            containers[index].state = .running
            containers[index].exitCode = 0
        case .exits(let code):
            containers[index].state = .exited
            containers[index].exitCode = code
        }
    }

    mutating func stopContainer(_ idOrName: String) throws {
        let index = try index(ofContainer: idOrName, "stop \(idOrName)")
        guard containers[index].isRunning else { return }
        containers[index].state = .exited
        containers[index].exitCode = 143
    }

    mutating func killContainer(_ idOrName: String) throws {
        let request = "kill \(idOrName)"
        let index = try index(ofContainer: idOrName, request)
        guard containers[index].isRunning else {
            throw Self.error(.conflict, request, "Container \(idOrName) is not running")
        }
        containers[index].state = .exited
        containers[index].exitCode = 137
    }

    mutating func removeContainer(_ idOrName: String, force: Bool) throws {
        let request = "remove \(idOrName)"
        let index = try index(ofContainer: idOrName, request)
        if containers[index].isRunning && !force {
            throw Self.error(
                .conflict, request,
                "You cannot remove a running container \(containers[index].id). "
                    + "Stop the container before attempting removal or force remove"
            )
        }
        containers.remove(at: index)
    }

    mutating func renameContainer(_ idOrName: String, to newName: String) throws {
        let request = "rename \(idOrName)"
        let index = try index(ofContainer: idOrName, request)
        guard !containers.contains(where: { $0.name == newName }) else {
            throw Self.error(.conflict, request, "Conflict. The container name \"/\(newName)\" is already in use")
        }
        containers[index].name = newName
    }

    mutating func copyFiles(_ files: [String: Data], into directory: String, of idOrName: String) throws {
        let index = try index(ofContainer: idOrName, "copy files into \(idOrName)")
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for (name, contents) in files {
            containers[index].files[base + name.drop { $0 == "/" }] = contents
        }
    }

    /// Whether a health probe on `127.0.0.1:port` reaches a running container whose image serves.
    func answersProbe(onPort port: Int) -> Bool {
        containers.contains { container in
            container.isRunning && container.hostPorts.contains(port) && behaviour(of: container) == .serves
        }
    }

    private func status(of container: FakeContainer) -> String {
        guard container.isRunning else { return "Exited (\(container.exitCode)) 1 second ago" }
        switch health(of: container) {
        case .healthy?: return "Up 1 second (healthy)"
        case .unhealthy?: return "Up 1 second (unhealthy)"
        default: return "Up 1 second"
        }
    }

    private func health(of container: FakeContainer) -> HealthStatus? {
        guard container.hasHealthCheck, container.isRunning else { return nil }
        return behaviour(of: container) == .serves ? .healthy : .unhealthy
    }

    private func behaviour(of container: FakeContainer) -> FakeImage.Behaviour {
        images.first { $0.id == container.imageID }?.behaviour ?? .serves
    }

    // MARK: images

    func image(_ reference: String, _ request: String) throws -> FakeImage {
        guard let image = images.first(where: { $0.id == reference || $0.tags.contains(reference) }) else {
            throw Self.error(.notFound, request, "No such image: \(reference)")
        }
        return image
    }

    /// Like the engine's list, it gives creation times in whole seconds; inspect gives them exactly.
    func listImages(labels: [String: String]) -> [ImageInfo] {
        images.filter { image in labels.allSatisfy { image.labels[$0.key] == $0.value } }.map {
            Self.info($0, created: Date(timeIntervalSince1970: $0.created.timeIntervalSince1970.rounded(.down)))
        }
    }

    /// Docker's rules: a tag of an image that has others is only untagged; otherwise an image a running container
    /// uses cannot be removed even by force, and one only stopped containers use is removed by force (they keep a
    /// dangling id) and refused without it.
    mutating func removeImage(_ reference: String, force: Bool) throws {
        let request = "remove image \(reference)"
        let image = try self.image(reference, request)
        let index = images.firstIndex { $0.id == image.id }!
        if image.tags.contains(reference), image.tags.count > 1 {
            images[index].tags.removeAll { $0 == reference }
            return
        }
        let users = containers.filter { $0.imageID == image.id }
        if let running = users.first(where: \.isRunning) {
            throw Self.error(
                .conflict, request,
                "conflict: unable to delete \(image.id.prefix(12)) (cannot be forced) - image is "
                    + "being used by running container \(running.id.prefix(12))"
            )
        }
        if let stopped = users.first, !force {
            throw Self.error(
                .conflict, request,
                "conflict: unable to delete \(image.id.prefix(12)) (must be forced) - image is "
                    + "being used by stopped container \(stopped.id.prefix(12))"
            )
        }
        images.remove(at: index)
    }

    mutating func addImage(tags: [String], labels: [String: String], behaviour: FakeImage.Behaviour) -> FakeImage {
        let image = FakeImage(id: "sha256:" + makeID(), tags: tags, labels: labels, behaviour: behaviour)
        for index in images.indices { images[index].tags.removeAll { tags.contains($0) } }
        images.append(image)
        return image
    }

    static func info(_ image: FakeImage, created: Date? = nil) -> ImageInfo {
        ImageInfo(
            id: image.id, tags: image.tags, repoDigests: image.repoDigests, labels: image.labels, sizeBytes: 1024,
            created: created ?? image.created, environment: image.environment.map { "\($0.key)=\($0.value)" }.sorted())
    }

    // MARK: volumes

    mutating func createVolume(name: String, labels: [String: String]) -> VolumeInfo {
        if let volume = volumes[name] { return volume }
        let volume = VolumeInfo(
            name: name, driver: "local", mountpoint: "/var/lib/docker/volumes/\(name)/_data",
            labels: labels)
        volumes[name] = volume
        return volume
    }

    func listVolumes(labels: [String: String]) -> [VolumeInfo] {
        volumes.values.filter { volume in labels.allSatisfy { volume.labels[$0.key] == $0.value } }
            .sorted { $0.name < $1.name }
    }

    func inspectVolume(_ name: String) throws -> VolumeInfo {
        guard let volume = volumes[name] else {
            throw Self.error(.notFound, "inspect volume \(name)", "no such volume")
        }
        return volume
    }

    mutating func removeVolume(_ name: String) throws {
        let request = "remove volume \(name)"
        guard volumes[name] != nil else { throw Self.error(.notFound, request, "no such volume") }
        if containers.contains(where: { $0.mounts.contains { $0.source == .volume(name) } }) {
            throw Self.error(.conflict, request, "remove \(name): volume is in use")
        }
        volumes[name] = nil
    }

    static func error(_ code: ContainerEngineError.Code, _ request: String, _ message: String) -> ContainerEngineError {
        ContainerEngineError(code: code, request: "fake engine: \(request)", message: message)
    }
}
