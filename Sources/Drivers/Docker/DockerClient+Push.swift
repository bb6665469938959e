import Foundation
import Logging
import Manifest

extension DockerClient {
    package func tagImage(_ source: String, as target: String) async throws {
        let path = "/images/\(Self.escape(source))/tag"
        let parts = try Self.taggedParts(of: target, request: describe("POST", path))
        _ = try await bytes("POST", path, query: [("repo", parts.repository), ("tag", parts.tagOrDigest)])
    }

    package func pushImage(
        _ reference: String, auth: RegistryAuth?, progress: @escaping @Sendable (String) -> Void
    ) async throws -> String {
        let parts = try Self.taggedParts(of: reference, request: describe("POST", "/images/\(reference)/push"))
        let path = "/images/\(Self.escape(parts.repository))/push"
        let request = describe("POST", path)
        logger.debug("push image", metadata: ["image.reference": "\(reference)"])
        // The engine insists on the header for a push, even for a registry that needs no login.
        let header = auth?.header ?? Data("{}".utf8).base64EncodedString()
        let response = try await send(
            "POST", path, query: [("tag", parts.tagOrDigest)],
            headers: [("X-Registry-Auth", header)], streaming: true, timeout: Self.pullTimeout)
        var log = PullLog()
        var digest: String?
        let messages = DecodedBody(response.body, decoder: JSONLineDecoder<DockerWire.PullMessage>()) {
            Self.engineError($0, request: request)
        }
        for try await message in messages {
            if let failure = message.errorDetail?.message ?? message.error {
                throw ContainerEngineError(code: .failed, request: request, message: failure)
            }
            if let pushed = message.aux?.Digest { digest = pushed }
            if let line = log.line(for: message) { progress(line) }
        }
        guard let digest else {
            throw ContainerEngineError(
                code: .invalidResponse, request: request, message: "the push ended without the pushed digest")
        }
        return digest
    }

    /// The reference taken apart; it must name a tag (a digest cannot be tagged or pushed to).
    private static func taggedParts(of reference: String, request: String) throws -> ImageReference.Parts {
        let parts = try Self.parts(of: reference, request: request)
        guard !parts.tagOrDigest.contains(":") else {
            throw ContainerEngineError(
                code: .badRequest, request: request, message: "\(reference) names a digest; push and tag need a tag")
        }
        return parts
    }
}
