import Testing

@testable import BerthCLI

/// The engine-socket proxy of `berth bench rollout` counts requests from the bytes a client sends: each request
/// ends after its headers and its `Content-Length` or chunked body, however the bytes are split.
@Suite struct RequestBoundariesTests {
    static let create =
        "POST /v1.41/containers/create?name=web HTTP/1.1\r\nHost: docker\r\nContent-Length: 11\r\n\r\n{\"Image\":1}"
    static let start = "POST /v1.41/containers/3f2a9c/start HTTP/1.1\r\nHost: docker\r\n\r\n"
    static let build =
        "POST /v1.41/build HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3;x=y\r\nabc\r\n0\r\n\r\n"
    static let list = "GET /v1.41/containers/json?all=1 HTTP/1.1\r\n\r\n"

    @Test func requestsAreNamedByMethodAndPathWithIdsReplaced() {
        var parser = RequestBoundaries()
        let names = parser.consume(Array((Self.create + Self.start + Self.build + Self.list).utf8))
        #expect(
            names == [
                "POST /containers/create", "POST /containers/{id}/start", "POST /build", "GET /containers/json",
            ])
    }

    @Test func aStreamSplitAnywhereGivesTheSameRequests() {
        let bytes = Array((Self.create + Self.build + Self.start).utf8)
        for size in [1, 2, 3, 7, 16] {
            var parser = RequestBoundaries()
            var names: [String] = []
            for start in stride(from: 0, to: bytes.count, by: size) {
                names += parser.consume(Array(bytes[start..<min(start + size, bytes.count)]))
            }
            #expect(names == ["POST /containers/create", "POST /build", "POST /containers/{id}/start"], "pieces of \(size)")
        }
    }

    @Test func aBodyThatLooksLikeARequestIsNotCounted() {
        let body = "GET /containers/json HTTP/1.1\r\n\r\n"
        let request = "POST /v1.41/containers/create HTTP/1.1\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
        var parser = RequestBoundaries()
        #expect(parser.consume(Array(request.utf8)) == ["POST /containers/create"])
    }
}
