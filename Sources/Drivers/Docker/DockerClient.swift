import Foundation
package import Logging
import Synchronization

/// A ``ContainerEngine`` speaking the Docker Engine API (1.41 or newer) over a unix socket, TCP or TLS.
///
/// The API version is settled once, on first use, from `GET /version`: the newest version both sides speak.
/// ```swift
/// let docker = DockerClient(endpoint: .unixSocket("/var/run/docker.sock"), logger: logger)
/// let id = try await docker.createContainer(ContainerSpec(name: "web-1", image: "berth/web:0123456789ab"))
/// try await docker.startContainer(id)
/// ```
package final class DockerClient: ContainerEngine {
    /// The API version berth is written against; engines that speak only older ones are refused.
    package static let apiVersion = "1.41"

    package let endpoint: HTTPEndpoint
    let logger: Logger
    private let http: HTTPClient
    private let requestTimeout: Duration
    private let versionPrefix = Mutex<String?>(nil)
    /// Service listings by name, decoded only where a service changed since the last listing of the same query.
    let serviceListing = MemoizedArrayDecoder<DockerWire.Swarm.Service, SwarmService>(
        sortedBy: { $0.spec.name < $1.spec.name }, SwarmService.init(wire:))

    /// - Parameters:
    ///   - endpoint: where the engine listens (`DOCKER_HOST`'s meaning).
    ///   - connectTimeout: limit for reaching the engine.
    ///   - requestTimeout: limit for one ordinary call; streams (events, logs, builds) have none of their own.
    ///   - logger: where the client logs requests (at `debug` and below).
    package init(
        endpoint: HTTPEndpoint = .unixSocket("/var/run/docker.sock"), connectTimeout: Duration = .seconds(5),
        requestTimeout: Duration = .seconds(60), logger: Logger
    ) {
        self.endpoint = endpoint
        self.logger = logger
        self.requestTimeout = requestTimeout
        http = HTTPClient(endpoint: endpoint, connectTimeout: connectTimeout, logger: logger)
    }

    /// The engine's version and API range (`GET /version`, unversioned).
    /// - Throws: ``ContainerEngineError`` (``ContainerEngineError/Code/engineUnavailable`` when it does not answer).
    package func version() async throws -> EngineVersion {
        let wire: DockerWire.Version = try await json("GET", "/version", versioned: false)
        return EngineVersion(
            version: wire.Version, apiVersion: wire.ApiVersion, minimumAPIVersion: wire.MinAPIVersion ?? "",
            os: wire.Os ?? "", architecture: wire.Arch ?? "")
    }

    /// Checks that the engine answers (`GET /_ping`).
    package func ping() async throws {
        _ = try await bytes("GET", "/_ping", versioned: false)
    }

    // MARK: Plumbing shared by the feature extensions

    /// Sends a request and checks its status; the body is left to the caller to read.
    /// - Parameters:
    ///   - streaming: the response is a long stream: only `timeout` (if any) limits it.
    ///   - versioned: prefix the path with the negotiated `/v1.xx`.
    func send(
        _ method: String, _ path: String, query: [(String, String)] = [], body: HTTPRequestBody = .empty,
        headers: [(name: String, value: String)] = [], streaming: Bool = false, timeout: Duration? = nil,
        versioned: Bool = true
    ) async throws -> HTTPResponse {
        let prefix = versioned ? try await negotiatedPrefix() : ""
        let target = prefix + path + Self.queryString(query)
        let name = "\(method) \(endpoint)\(prefix)\(path)"  // no query: build args do not belong in errors
        var headers = headers
        if case .bytes = body, !headers.contains(where: { $0.name == "Content-Type" }) {
            headers.append(("Content-Type", "application/json"))
        }
        let request = HTTPRequest(
            method: method, target: target, headers: headers, body: body,
            timeout: streaming ? timeout : (timeout ?? requestTimeout))
        let response: HTTPResponse
        do {
            response = try await http.execute(request)
        } catch {
            throw Self.engineError(error, request: name, endpoint: endpoint)
        }
        guard (200..<300).contains(response.status) || response.status == 304 else {
            throw await Self.statusError(response, request: name)
        }
        return response
    }

    /// Sends a request and reads the whole (small) response body.
    func bytes(
        _ method: String, _ path: String, query: [(String, String)] = [], body: HTTPRequestBody = .empty,
        versioned: Bool = true
    ) async throws -> [UInt8] {
        let response = try await send(method, path, query: query, body: body, versioned: versioned)
        do {
            return try await response.body.collect(upTo: 64 << 20)
        } catch {
            throw Self.engineError(error, request: describe(method, path, versioned: versioned), endpoint: endpoint)
        }
    }

    /// Sends a request and decodes its JSON response.
    func json<T: Decodable>(
        _ method: String, _ path: String, query: [(String, String)] = [], body: HTTPRequestBody = .empty,
        versioned: Bool = true
    ) async throws -> T {
        let data = try await bytes(method, path, query: query, body: body, versioned: versioned)
        do {
            return try JSONDecoder().decode(T.self, from: Data(data))
        } catch {
            throw ContainerEngineError(
                code: .invalidResponse, request: describe(method, path, versioned: versioned),
                message: "cannot read the engine's answer as \(T.self): \(error)")
        }
    }

    /// How errors name a call: `GET unix:///var/run/docker.sock/v1.41/containers/json`.
    func describe(_ method: String, _ path: String, versioned: Bool = true) -> String {
        let prefix = versioned ? versionPrefix.withLock { $0 } ?? "" : ""
        return "\(method) \(endpoint)\(prefix)\(path)"
    }

    /// A JSON request body.
    static func jsonBody(_ value: some Encodable) throws -> HTTPRequestBody {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return .bytes(Array(try encoder.encode(value)))
    }

    /// `{"label":["k=v"],...}` for the engine's `filters` parameter.
    static func filters(_ filters: [String: [String]]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(filters.filter { !$0.value.isEmpty })) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// `k=v` pairs, sorted, for a label filter.
    static func labelFilter(_ labels: [String: String]) -> [String] {
        labels.map { "\($0.key)=\($0.value)" }.sorted()
    }

    /// Percent-encodes one path segment or query value.
    static func escape(_ text: String) -> String {
        PercentEncoding.escape(text)
    }

    /// Turns a transport or decoding failure into the engine's error vocabulary; other errors (cancellation,
    /// a build context source's own failure) pass through unchanged.
    /// - Parameter endpoint: where the engine was asked, to say why it cannot be reached.
    static func engineError(_ error: any Error, request: String, endpoint: HTTPEndpoint? = nil) -> any Error {
        switch error {
        case let transport as HTTPTransportError where transport.kind == .unreachable:
            return ContainerEngineError(
                code: .engineUnavailable, request: request,
                message: endpoint.map { EngineReachability.diagnose($0, transportMessage: transport.message) }
                    ?? transport.message)
        case let transport as HTTPTransportError:
            return ContainerEngineError(code: .failed, request: request, message: transport.message)
        case is DecodingError, is HTTPResponseBody.TooLarge:
            return ContainerEngineError(code: .invalidResponse, request: request, message: "\(error)")
        default:
            return error
        }
    }

    static func queryString(_ query: [(String, String)]) -> String {
        query.isEmpty ? "" : "?" + query.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    /// An error status becomes a typed error carrying the engine's `{"message": ...}`.
    private static func statusError(_ response: HTTPResponse, request: String) async -> ContainerEngineError {
        let body = (try? await response.body.collect(upTo: 1 << 20)) ?? []
        let message =
            (try? JSONDecoder().decode(DockerWire.ErrorBody.self, from: Data(body)))?.message
            ?? String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return ContainerEngineError(
            code: errorCode(status: response.status, message: message), request: request,
            message: message.isEmpty ? "HTTP \(response.status)" : message)
    }

    /// The kind of failure an error status and the engine's message mean.
    static func errorCode(status: Int, message: String) -> ContainerEngineError.Code {
        switch status {
        case 404: .notFound
        case 409: .conflict
        case 400: .badRequest
        case 503 where message.contains("not a swarm manager"): .notSwarmManager
        // A service update naming a version that is no longer current: swarmkit's error comes through as a 500.
        case 500 where message.contains("update out of sequence"): .conflict
        default: .failed
        }
    }

    /// `/v1.41`: settled on first use from `GET /version` and kept.
    private func negotiatedPrefix() async throws -> String {
        if let prefix = versionPrefix.withLock({ $0 }) { return prefix }
        let engine = try await version()
        guard Self.compare(engine.apiVersion, Self.apiVersion) != .orderedAscending else {
            throw ContainerEngineError(
                code: .unsupportedVersion, request: "GET \(endpoint)/version",
                message: "the engine speaks API \(engine.apiVersion); berth needs \(Self.apiVersion) or newer")
        }
        let prefix = "/v" + Self.apiVersion
        logger.debug(
            "docker engine",
            metadata: [
                "docker.version": "\(engine.version)", "docker.api": "\(engine.apiVersion)",
                "docker.using": "\(prefix)",
            ])
        versionPrefix.withLock { $0 = prefix }
        return prefix
    }

    /// Compares `1.41`-style versions numerically.
    private static func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        let left = lhs.split(separator: ".").map { Int($0) ?? 0 }
        let right = rhs.split(separator: ".").map { Int($0) ?? 0 }
        for index in 0..<max(left.count, right.count) {
            let (l, r) = (index < left.count ? left[index] : 0, index < right.count ? right[index] : 0)
            if l != r { return l < r ? .orderedAscending : .orderedDescending }
        }
        return .orderedSame
    }
}
