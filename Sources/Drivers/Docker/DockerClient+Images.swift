import Foundation
import Logging
import Manifest

extension DockerClient {
    /// How long one pull may take, layers and all, before it counts as failed.
    static let pullTimeout: Duration = .seconds(1800)

    package func inspectImage(_ reference: String) async throws -> ImageInfo {
        let wire: DockerWire.ImageInspect = try await json("GET", "/images/\(Self.escape(reference))/json")
        return ImageInfo(
            id: wire.Id, tags: wire.RepoTags ?? [], repoDigests: wire.RepoDigests ?? [],
            labels: wire.Config?.Labels ?? [:], sizeBytes: wire.Size ?? 0,
            created: DockerWire.date(wire.Created), environment: wire.Config?.Env ?? [],
            command: wire.Config?.Cmd ?? [], entrypoint: wire.Config?.Entrypoint ?? [], user: wire.Config?.User ?? "")
    }

    package func listImages(labels: [String: String]) async throws -> [ImageInfo] {
        var query: [(String, String)] = []
        if !labels.isEmpty {
            query.append(("filters", Self.filters(["label": Self.labelFilter(labels)])))
        }
        let items: [DockerWire.ImageListItem] = try await json("GET", "/images/json", query: query)
        return items.map {
            ImageInfo(
                id: $0.Id, tags: ($0.RepoTags ?? []).filter { $0 != "<none>:<none>" }, labels: $0.Labels ?? [:],
                sizeBytes: $0.Size ?? 0, created: $0.Created.map { Date(timeIntervalSince1970: TimeInterval($0)) })
        }
    }

    package func removeImage(_ reference: String, force: Bool) async throws {
        _ = try await bytes("DELETE", "/images/\(Self.escape(reference))", query: [("force", force ? "1" : "0")])
    }

    package func pullImage(
        _ reference: String, auth: RegistryAuth?, progress: @escaping @Sendable (String) -> Void
    ) async throws -> ImageInfo {
        let request = describe("POST", "/images/create")
        let parts = try Self.parts(of: reference, request: request)
        logger.debug("pull image", metadata: ["image.reference": "\(reference)"])
        let response = try await send(
            "POST", "/images/create", query: [("fromImage", parts.repository), ("tag", parts.tagOrDigest)],
            headers: Self.authHeaders(auth), streaming: true, timeout: Self.pullTimeout)
        var log = PullLog()
        let messages = DecodedBody(response.body, decoder: JSONLineDecoder<DockerWire.PullMessage>()) {
            Self.engineError($0, request: request)
        }
        for try await message in messages {
            if let failure = message.errorDetail?.message ?? message.error {
                throw ContainerEngineError(code: .failed, request: request, message: failure)
            }
            if let line = log.line(for: message) { progress(line) }
        }
        return try await inspectImage(reference)
    }

    package func registryDigest(of reference: String, auth: RegistryAuth?) async throws -> String {
        let path = "/distribution/\(Self.escape(reference))/json"
        _ = try Self.parts(of: reference, request: describe("GET", path))
        let response = try await send("GET", path, headers: Self.authHeaders(auth))
        let body: [UInt8]
        do {
            body = try await response.body.collect(upTo: 1 << 20)
        } catch {
            throw Self.engineError(error, request: describe("GET", path))
        }
        do {
            return try JSONDecoder().decode(DockerWire.DistributionInspect.self, from: Data(body)).Descriptor.digest
        } catch {
            throw ContainerEngineError(
                code: .invalidResponse, request: describe("GET", path),
                message: "cannot read the registry's answer: \(error)")
        }
    }

    /// The reference taken apart, or a bad-request error for one that is not valid.
    static func parts(of reference: String, request: String) throws -> ImageReference.Parts {
        guard let parts = ImageReference.parts(of: reference) else {
            throw ContainerEngineError(
                code: .badRequest, request: request,
                message: "\(reference) is not an image reference (\(ImageReference.help))")
        }
        return parts
    }

    static func authHeaders(_ auth: RegistryAuth?) -> [(name: String, value: String)] {
        auth.map { [("X-Registry-Auth", $0.header)] } ?? []
    }
}
