import Foundation
import Logging

extension DockerClient {
    package func buildImage(
        context: some AsyncSequence<[UInt8], any Error> & Sendable, options: BuildOptions,
        progress: @escaping @Sendable (String) -> Void
    ) async throws -> BuildResult {
        var query = options.tags.map { ("t", $0) }
        query += [("dockerfile", options.dockerfile), ("rm", "1"), ("forcerm", "1")]
        if !options.labels.isEmpty { query.append(("labels", Self.jsonObject(options.labels))) }
        if !options.buildArgs.isEmpty { query.append(("buildargs", Self.jsonObject(options.buildArgs))) }
        if let target = options.target { query.append(("target", target)) }
        if options.noCache { query.append(("nocache", "1")) }
        logger.debug("build image", metadata: ["image.tags": "\(options.tags.joined(separator: ","))"])
        let response = try await send(
            "POST", "/build", query: query, body: .stream(context),
            headers: [("Content-Type", "application/x-tar")], streaming: true, timeout: options.timeout)
        let request = describe("POST", "/build")
        var log = BuildLog()
        var imageID: String?
        let messages = DecodedBody(response.body, decoder: JSONLineDecoder<DockerWire.BuildMessage>()) {
            Self.engineError($0, request: request)
        }
        do {
            for try await message in messages {
                if let text = message.stream {
                    log.append(text).forEach(progress)
                } else if let status = message.status {
                    log.append(status + "\n").forEach(progress)
                }
                if let id = message.aux?.ID {
                    imageID = id
                }
                if let failure = message.errorDetail?.message ?? message.error {
                    log.finish().forEach(progress)
                    throw ContainerEngineError(
                        code: .buildFailed, request: request, message: failure, logTail: log.tail)
                }
            }
        } catch let error as ContainerEngineError where error.logTail.isEmpty {
            // A timeout or a broken connection mid-build: still say how far the build got.
            log.finish().forEach(progress)
            throw ContainerEngineError(
                code: error.code, request: error.request, message: error.message, logTail: log.tail)
        }
        log.finish().forEach(progress)
        if imageID == nil, let tag = options.tags.first {
            imageID = try await inspectImage(tag).id
        }
        guard let imageID else {
            throw ContainerEngineError(
                code: .invalidResponse, request: request, message: "the build named no image", logTail: log.tail)
        }
        return BuildResult(imageID: imageID, logTail: log.tail)
    }

    /// `{"k":"v"}`, keys sorted: how the build endpoint takes labels and build args.
    private static func jsonObject(_ values: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(values)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
