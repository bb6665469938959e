import Foundation
import Logging

extension DockerClient {
    package func listContainers(labels: [String: String]) async throws -> [ContainerSummary] {
        var query = [("all", "1")]
        if !labels.isEmpty {
            query.append(("filters", Self.filters(["label": Self.labelFilter(labels)])))
        }
        let items: [DockerWire.ContainerListItem] = try await json("GET", "/containers/json", query: query)
        return items.map { item in
            ContainerSummary(
                id: item.Id,
                names: (item.Names ?? []).map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 },
                image: item.Image ?? "",
                imageID: item.ImageID ?? "",
                labels: item.Labels ?? [:],
                state: ContainerState(engineValue: item.State ?? ""),
                status: item.Status ?? "",
                ports: (item.Ports ?? []).map {
                    PublishedPort(
                        containerPort: $0.PrivatePort, transport: $0.Type ?? "tcp", hostPort: $0.PublicPort,
                        hostIP: $0.IP)
                },
                created: Date(timeIntervalSince1970: TimeInterval(item.Created ?? 0)))
        }
    }

    package func inspectContainer(_ idOrName: String) async throws -> ContainerDetails {
        let wire: DockerWire.ContainerInspect = try await json("GET", "/containers/\(Self.escape(idOrName))/json")
        var ports: [PublishedPort] = []
        for (key, bindings) in wire.NetworkSettings?.Ports ?? [:] {
            let parts = key.split(separator: "/")
            guard let containerPort = parts.first.flatMap({ Int($0) }) else { continue }
            let transport = parts.count > 1 ? String(parts[1]) : "tcp"
            guard let bindings, !bindings.isEmpty else {
                ports.append(PublishedPort(containerPort: containerPort, transport: transport))
                continue
            }
            for binding in bindings {
                ports.append(
                    PublishedPort(
                        containerPort: containerPort, transport: transport,
                        hostPort: binding.HostPort.flatMap { Int($0) },
                        hostIP: binding.HostIp))
            }
        }
        ports.sort {
            ($0.containerPort, $0.transport, $0.hostIP ?? "") < ($1.containerPort, $1.transport, $1.hostIP ?? "")
        }
        return ContainerDetails(
            id: wire.Id,
            name: wire.Name.hasPrefix("/") ? String(wire.Name.dropFirst()) : wire.Name,
            imageID: wire.Image,
            labels: wire.Config?.Labels ?? [:],
            state: ContainerState(engineValue: wire.State.Status),
            health: wire.State.Health.flatMap { HealthStatus(rawValue: $0.Status) },
            exitCode: wire.State.ExitCode ?? 0,
            oomKilled: wire.State.OOMKilled ?? false,
            restartCount: wire.RestartCount ?? 0,
            startedAt: DockerWire.date(wire.State.StartedAt),
            finishedAt: DockerWire.date(wire.State.FinishedAt),
            environment: wire.Config?.Env ?? [],
            command: wire.Config?.Cmd ?? [],
            networkMode: wire.HostConfig?.NetworkMode ?? "",
            ports: ports,
            entrypoint: wire.Config?.Entrypoint ?? [],
            user: wire.Config?.User ?? "",
            privileged: wire.HostConfig?.Privileged ?? false,
            capabilitiesAdded: (wire.HostConfig?.CapAdd ?? []).sorted(),
            mounts: (wire.Mounts ?? []).map { mount in
                let type = mount.Type ?? ""
                return ContainerDetails.Mount(
                    type: type, source: (type == "volume" ? mount.Name : mount.Source) ?? "",
                    target: mount.Destination ?? "", readWrite: mount.RW ?? true)
            }.sorted { $0.target < $1.target },
            networks: (wire.NetworkSettings?.Networks ?? [:]).keys.sorted(),
            restartPolicy: wire.HostConfig?.RestartPolicy?.Name ?? "",
            restartMaximumRetries: wire.HostConfig?.RestartPolicy?.MaximumRetryCount ?? 0,
            memoryBytes: wire.HostConfig?.Memory ?? 0,
            nanoCPUs: wire.HostConfig?.NanoCpus ?? 0,
            runsInit: wire.HostConfig?.Init ?? false)
    }

    package func containerChanges(_ idOrName: String) async throws -> [FilesystemChange] {
        let items: [DockerWire.ChangeBody]? = try await json("GET", "/containers/\(Self.escape(idOrName))/changes")
        return (items ?? []).compactMap { item in
            FilesystemChange.Kind(rawValue: item.Kind).map { FilesystemChange(path: item.Path, kind: $0) }
        }
    }

    package func createContainer(_ spec: ContainerSpec) async throws -> String {
        logger.debug(
            "create container", metadata: ["container.name": "\(spec.name)", "container.image": "\(spec.image)"])
        let body = try Self.jsonBody(Self.createBody(spec))
        let created: DockerWire.CreateResponse = try await json(
            "POST", "/containers/create", query: [("name", spec.name)], body: body)
        return created.Id
    }

    package func startContainer(_ idOrName: String) async throws {
        _ = try await bytes("POST", "/containers/\(Self.escape(idOrName))/start")
    }

    package func stopContainer(_ idOrName: String, timeout: Duration?) async throws {
        var query: [(String, String)] = []
        if let timeout {
            query.append(("t", String(max(0, Int(timeout.components.seconds)))))
        }
        let path = "/containers/\(Self.escape(idOrName))/stop"
        let response = try await send(
            "POST", path, query: query, timeout: timeout.map { $0 + .seconds(30) })
        _ = try? await response.body.collect(upTo: 1 << 20)
    }

    package func killContainer(_ idOrName: String, signal: String) async throws {
        _ = try await bytes("POST", "/containers/\(Self.escape(idOrName))/kill", query: [("signal", signal)])
    }

    package func removeContainer(_ idOrName: String, force: Bool, removeVolumes: Bool) async throws {
        _ = try await bytes(
            "DELETE", "/containers/\(Self.escape(idOrName))",
            query: [("force", force ? "1" : "0"), ("v", removeVolumes ? "1" : "0")])
    }

    package func renameContainer(_ idOrName: String, to newName: String) async throws {
        _ = try await bytes("POST", "/containers/\(Self.escape(idOrName))/rename", query: [("name", newName)])
    }

    package func waitContainer(_ idOrName: String) async throws -> Int {
        let path = "/containers/\(Self.escape(idOrName))/wait"
        let response = try await send("POST", path, query: [("condition", "not-running")], streaming: true)
        let bytes: [UInt8]
        do {
            bytes = try await response.body.collect(upTo: 1 << 20)
        } catch {
            throw Self.engineError(error, request: describe("POST", path))
        }
        guard let result = try? JSONDecoder().decode(DockerWire.WaitResponse.self, from: Data(bytes)) else {
            throw ContainerEngineError(
                code: .invalidResponse, request: describe("POST", path), message: String(decoding: bytes, as: UTF8.self)
            )
        }
        if let message = result.Error?.Message, !message.isEmpty {
            throw ContainerEngineError(code: .failed, request: describe("POST", path), message: message)
        }
        return result.StatusCode
    }

    package func containerLogs(_ idOrName: String, options: LogOptions) async throws -> EngineStream<LogLine> {
        var query = [
            ("stdout", options.stdout ? "1" : "0"), ("stderr", options.stderr ? "1" : "0"),
            ("follow", options.follow ? "1" : "0"), ("timestamps", options.timestamps ? "1" : "0"),
        ]
        if let tail = options.tail { query.append(("tail", String(tail))) }
        if let since = options.since { query.append(("since", LogOptions.engineTimestamp(since))) }
        let path = "/containers/\(Self.escape(idOrName))/logs"
        let response = try await send("GET", path, query: query, streaming: true)
        let request = describe("GET", path)
        let decoder = LogDemultiplexer(timestamps: options.timestamps)
        return EngineStream(DecodedBody(response.body, decoder: decoder) { Self.engineError($0, request: request) })
    }

    /// The engine's create body for `spec`; environment keys sorted so equal specs send equal bytes.
    static func createBody(_ spec: ContainerSpec) -> DockerWire.ContainerCreate {
        var bindings: [String: [DockerWire.PortBinding]] = [:]
        var exposed: [String: DockerWire.ContainerCreate.Empty] = [:]
        for port in spec.ports {
            exposed[port.engineKey] = .init()
            if let hostPort = port.hostPort {
                bindings[port.engineKey, default: []].append(
                    DockerWire.PortBinding(HostIp: port.hostIP ?? "", HostPort: String(hostPort)))
            }
        }
        let health = spec.healthCheck.map {
            DockerWire.ContainerCreate.Healthcheck(
                Test: $0.engineTest, Interval: $0.interval.nanoseconds, Timeout: $0.timeout.nanoseconds,
                StartPeriod: $0.startPeriod.nanoseconds, Retries: $0.retries)
        }
        let logConfig = spec.logRotation.map {
            DockerWire.ContainerCreate.HostConfig.LogConfig(
                Type: "json-file", Config: ["max-size": $0.maxSize, "max-file": String($0.maxFiles)])
        }
        let hostConfig = DockerWire.ContainerCreate.HostConfig(
            PortBindings: bindings,
            NetworkMode: spec.networkMode,
            RestartPolicy: .init(
                Name: spec.restartPolicy.engineName, MaximumRetryCount: spec.restartPolicy.maximumRetries),
            NanoCpus: spec.resources.cpus.map { Int64(($0 * 1e9).rounded()) },
            Memory: spec.resources.memoryBytes.map { Int64($0) },
            Binds: spec.mounts.map(\.engineBind),
            LogConfig: logConfig,
            Privileged: spec.privileged,
            Init: spec.runsInit ? true : nil,
            CapAdd: spec.capabilitiesAdded,
            Devices: spec.devices.map { .init(PathOnHost: $0, PathInContainer: $0, CgroupPermissions: "rwm") })
        return DockerWire.ContainerCreate(
            Image: spec.image,
            Cmd: spec.command,
            Env: spec.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" },
            User: spec.user,
            Labels: spec.labels,
            ExposedPorts: exposed,
            Healthcheck: health,
            StopTimeout: spec.stopTimeout.map { Int($0.components.seconds) },
            HostConfig: hostConfig)
    }
}
