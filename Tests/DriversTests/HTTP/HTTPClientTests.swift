import Foundation
import Logging
import Synchronization
import TestSupport
import Testing

@testable import Drivers

/// The transport against a real HTTP server: the Docker engine's socket.
@Suite(.enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct HTTPClientTests {
    let client = HTTPClient(
        endpoint: .unixSocket(DockerTestEnvironment.socketPath),
        logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))

    @Test func getsStatusHeadersAndBodyOverAUnixSocket() async throws {
        let response = try await client.execute(HTTPRequest(method: "GET", target: "/_ping", timeout: .seconds(10)))
        #expect(response.status == 200)
        #expect(response.header("api-version") != nil)
        #expect(try await response.body.collect(upTo: 100) == Array("OK".utf8))
    }

    @Test func sendsABodyInMemoryAndReadsTheErrorStatus() async throws {
        let response = try await client.execute(
            HTTPRequest(
                method: "POST", target: "/v1.41/containers/create?name=berth-test-bad%2Fname",
                headers: [("Content-Type", "application/json")], body: .bytes(Array(Self.invalidCreate.utf8)),
                timeout: .seconds(10)))
        #expect(response.status == 400)
        #expect(String(decoding: try await response.body.collect(upTo: 1 << 16), as: UTF8.self).contains("message"))
    }

    /// A create the engine refuses with 400 before creating anything.
    static let invalidCreate = """
        {"Image": "\(DockerTestEnvironment.baseImage)",
         "HostConfig": {"RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": -1}}}
        """

    @Test func bodyLargerThanTheLimitIsRefused() async throws {
        let response = try await client.execute(
            HTTPRequest(method: "GET", target: "/v1.41/version", timeout: .seconds(10)))
        await #expect(throws: HTTPResponseBody.TooLarge.self) { try await response.body.collect(upTo: 10) }
    }

    @Test func cancellingTheReadingTaskStopsAStreamingTransferPromptly() async throws {
        let response = try await client.execute(HTTPRequest(method: "GET", target: "/v1.41/events"))
        #expect(response.status == 200)
        let reader = Task {
            for try await _ in response.body {}
        }
        try await Task.sleep(for: .milliseconds(200))
        let start = ContinuousClock.now
        reader.cancel()
        await #expect(throws: CancellationError.self) { try await reader.value }
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    @Test func droppingAStreamingBodyUnreadCancelsTheTransferAndFreesIt() async throws {
        weak var released: CurlTransfer?
        do {
            let transfer = CurlTransfer(
                endpoint: client.endpoint, request: HTTPRequest(method: "GET", target: "/v1.41/events"),
                connectTimeout: .seconds(5))
            released = transfer
            let response = try await transfer.start()
            #expect(response.status == 200)
        }
        for _ in 0..<50 where released != nil {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(released == nil, "the transfer thread should have stopped and let go of the transfer")
    }

    @Test func totalTimeoutEndsAStreamNamingMethodAndURL() async throws {
        let response = try await client.execute(
            HTTPRequest(method: "GET", target: "/v1.41/events", timeout: .milliseconds(500)))
        let error = await #expect(throws: HTTPTransportError.self) {
            for try await _ in response.body {}
        }
        #expect(error?.kind == .timedOut)
        #expect(error?.description.hasPrefix("GET unix://\(DockerTestEnvironment.socketPath)/v1.41/events: ") == true)
    }

    @Test func stalledBodySourceEndsAtTheRequestTimeout() async throws {
        let start = ContinuousClock.now
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await client.execute(
                HTTPRequest(
                    method: "POST", target: "/v1.41/build", headers: [("Content-Type", "application/x-tar")],
                    body: .stream(StalledSource()), timeout: .milliseconds(500)))
        }
        #expect(error?.kind == .timedOut)
        #expect(error?.message.contains("stalled") == true)
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func cancellingDuringAnUploadStopsTheTransferPromptly() async throws {
        let client = client
        let upload = Task {
            try await client.execute(
                HTTPRequest(
                    method: "POST", target: "/v1.41/build", headers: [("Content-Type", "application/x-tar")],
                    body: .stream(StalledSource())))
        }
        try await Task.sleep(for: .milliseconds(300))
        let start = ContinuousClock.now
        upload.cancel()
        await #expect(throws: CancellationError.self) { _ = try await upload.value }
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    @Test func uploadIsPulledChunkByChunkNotReadAhead() async throws {
        let pulled = PullCounter()
        let source = CountingSource(chunks: 10_000, chunkSize: 64 * 1024, pulled: pulled)
        // The engine answers 404 without reading the body: the transfer ends, the rest of the source is never read.
        let response = try await client.execute(
            HTTPRequest(
                method: "POST", target: "/v1.41/containers/berth-test-none/wait", body: .stream(source),
                timeout: .seconds(10)))
        _ = try? await response.body.collect(upTo: 1 << 16)
        #expect(pulled.value.load(ordering: .relaxed) < 10_000)
    }
}

/// An endless-looking upload source that counts how many chunks were pulled.
private struct CountingSource: AsyncSequence, Sendable {
    let chunks: Int
    let chunkSize: Int
    let pulled: PullCounter

    struct AsyncIterator: AsyncIteratorProtocol {
        let source: CountingSource
        mutating func next() async throws -> [UInt8]? {
            let count = source.pulled.value.wrappingAdd(1, ordering: .relaxed).newValue
            return count > source.chunks ? nil : [UInt8](repeating: 0, count: source.chunkSize)
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(source: self) }
}

private final class PullCounter: Sendable {
    let value = Atomic<Int>(0)
}

/// Sends one tar block, then nothing more until cancelled.
private struct StalledSource: AsyncSequence, Sendable {
    struct AsyncIterator: AsyncIteratorProtocol {
        var sentFirst = false
        mutating func next() async throws -> [UInt8]? {
            if !sentFirst {
                sentFirst = true
                return DockerBuildContext.header(path: "Dockerfile", size: 100)
            }
            try await Task.sleep(for: .seconds(3600))
            return nil
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator() }
}
