import Foundation
import Logging

extension DockerClient: SwarmEngine {
    package func swarmInfo() async throws -> SwarmInfo {
        let wire: DockerWire.Info = try await json("GET", "/info")
        return SwarmInfo(wire: wire.Swarm)
    }

    package func listNodes() async throws -> [SwarmNode] {
        let items: [DockerWire.Swarm.Node] = try await json("GET", "/nodes")
        return items.map(SwarmNode.init(wire:)).sorted { ($0.hostname, $0.id) < ($1.hostname, $1.id) }
    }

    package func listServices(labels: [String: String], taskCounts: Bool) async throws -> [SwarmService] {
        var query = taskCounts ? [("status", "true")] : []
        if !labels.isEmpty {
            query.append(("filters", Self.filters(["label": Self.labelFilter(labels)])))
        }
        let body = try await bytes("GET", "/services", query: query)
        do {
            return try serviceListing.decode(body, query: Self.queryString(query))
        } catch {
            throw ContainerEngineError(
                code: .invalidResponse, request: describe("GET", "/services"),
                message: "cannot read the engine's answer as a list of services: \(error)")
        }
    }

    package func inspectService(_ idOrName: String) async throws -> SwarmService {
        let path = "/services/\(Self.escape(idOrName))"
        let service = SwarmService(wire: try await json("GET", path))
        // The engine answers a name no service has with a service whose id merely starts with it.
        guard service.id == idOrName || service.spec.name == idOrName else {
            throw ContainerEngineError(
                code: .notFound, request: describe("GET", path), message: "service \(idOrName) not found")
        }
        return service
    }

    package func createService(_ spec: SwarmServiceSpec, auth: RegistryAuth?) async throws -> String {
        logger.debug("create service", metadata: ["service.name": "\(spec.name)"])
        let response = try await send(
            "POST", "/services/create", body: try Self.jsonBody(spec.wire), headers: Self.authHeaders(auth))
        let answer: DockerWire.Swarm.CreateResponse = try await read(response, "POST", "/services/create")
        logWarnings(answer.Warnings, service: spec.name)
        return answer.ID
    }

    package func updateService(
        _ id: String, version: UInt64, spec: SwarmServiceSpec, auth: RegistryAuth?
    ) async throws {
        logger.debug("update service", metadata: ["service.name": "\(spec.name)", "service.version": "\(version)"])
        let path = "/services/\(Self.escape(id))/update"
        var query = [("version", String(version))]
        if auth == nil { query.append(("registryAuthFrom", "spec")) }
        let response = try await send(
            "POST", path, query: query, body: try Self.jsonBody(spec.wire), headers: Self.authHeaders(auth))
        let answer: DockerWire.Swarm.UpdateResponse = try await read(response, "POST", path)
        logWarnings(answer.Warnings, service: spec.name)
    }

    package func removeService(_ idOrName: String) async throws {
        logger.debug("remove service", metadata: ["service.name": "\(idOrName)"])
        // By exact id only: a name would also match another service's id prefix.
        let id = try await inspectService(idOrName).id
        _ = try await bytes("DELETE", "/services/\(Self.escape(id))")
    }

    package func listTasks(services: [String], desiredStates: [SwarmTaskState]) async throws -> [SwarmTask] {
        let filters = Self.filters(["service": services, "desired-state": desiredStates.map(\.rawValue)])
        let items: [DockerWire.Swarm.Task] = try await json("GET", "/tasks", query: [("filters", filters)])
        return items.map(SwarmTask.init(wire:)).sorted {
            ($0.serviceID, $0.slot ?? 0, $0.createdAt ?? .distantPast, $0.id)
                < ($1.serviceID, $1.slot ?? 0, $1.createdAt ?? .distantPast, $1.id)
        }
    }

    package func ensureOverlayNetwork(name: String, labels: [String: String]) async throws -> NetworkInfo {
        if let existing = try await network(named: name) {
            return try Self.checkOverlay(existing)
        }
        logger.debug("create network", metadata: ["network.name": "\(name)"])
        let body = try Self.jsonBody(
            DockerWire.Swarm.NetworkCreate(
                Name: name, Driver: "overlay", Attachable: true, CheckDuplicate: true, Labels: labels))
        do {
            let created: DockerWire.CreateResponse = try await json("POST", "/networks/create", body: body)
            let network = try await inspectNetwork(created.Id)
            // The engine reports a swarm network's driver from the allocator's state, which may lag the create
            // (an empty driver right after `swarm init`): this one is overlay, berth just made it so.
            return NetworkInfo(
                id: network.id, name: network.name, driver: network.driver.isEmpty ? "overlay" : network.driver,
                scope: network.scope, labels: network.labels)
        } catch let error as ContainerEngineError where error.code == .conflict {
            // Created by someone else in between: use theirs, if it is an overlay network.
            guard let existing = try await network(named: name) else { throw error }
            return try Self.checkOverlay(existing)
        }
    }

    package func removeNetwork(_ idOrName: String) async throws {
        logger.debug("remove network", metadata: ["network.name": "\(idOrName)"])
        _ = try await bytes("DELETE", "/networks/\(Self.escape(idOrName))")
    }

    /// Makes this engine the first manager of a new swarm (`docker swarm init`) and returns its node id.
    /// - Parameters:
    ///   - advertiseAddress: the address other nodes reach this one at (`127.0.0.1` for a swarm of one).
    ///   - listenAddress: where the engine listens for swarm traffic.
    /// - Throws: ``ContainerEngineError/Code/failed`` when the engine is already in a swarm (HTTP 503).
    @discardableResult
    package func initSwarm(advertiseAddress: String, listenAddress: String = "0.0.0.0:2377") async throws -> String {
        logger.info("swarm init", metadata: ["swarm.advertise": "\(advertiseAddress)"])
        let body = try Self.jsonBody(DockerWire.Swarm.Init(ListenAddr: listenAddress, AdvertiseAddr: advertiseAddress))
        let nodeID: String = try await json("POST", "/swarm/init", body: body)
        return nodeID
    }

    /// Leaves the swarm (`docker swarm leave`); `force` is needed for the last manager, and removes the swarm.
    package func leaveSwarm(force: Bool) async throws {
        logger.info("swarm leave", metadata: ["swarm.force": "\(force)"])
        _ = try await bytes("POST", "/swarm/leave", query: [("force", force ? "true" : "false")])
    }

    /// The network named exactly `name`: the engine also answers a lookup by name with a network whose id merely
    /// starts with it.
    private func network(named name: String) async throws -> NetworkInfo? {
        do {
            let found = try await inspectNetwork(name)
            return found.name == name ? found : nil
        } catch let error as ContainerEngineError where error.code == .notFound {
            return nil
        }
    }

    /// An existing network of the name is fine when it is overlay, or a swarm network whose driver the allocator
    /// has not filled in yet (the engine reports it empty for a moment after creation).
    private static func checkOverlay(_ network: NetworkInfo) throws -> NetworkInfo {
        guard network.driver == "overlay" || (network.driver.isEmpty && network.scope == "swarm") else {
            throw ContainerEngineError(
                code: .conflict, request: "POST /networks/create",
                message: "a network named \(network.name) exists with driver \(network.driver), not overlay")
        }
        return network
    }

    /// Reads a small JSON answer from a response `send` returned.
    private func read<T: Decodable>(_ response: HTTPResponse, _ method: String, _ path: String) async throws -> T {
        let body: [UInt8]
        do {
            body = try await response.body.collect(upTo: 16 << 20)
        } catch {
            throw Self.engineError(error, request: describe(method, path))
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(body))
        } catch {
            throw ContainerEngineError(
                code: .invalidResponse, request: describe(method, path),
                message: "cannot read the engine's answer as \(T.self): \(error)")
        }
    }

    private func logWarnings(_ warnings: [String]?, service: String) {
        for warning in warnings ?? [] {
            logger.info("engine warning", metadata: ["service.name": "\(service)", "engine.warning": "\(warning)"])
        }
    }
}
