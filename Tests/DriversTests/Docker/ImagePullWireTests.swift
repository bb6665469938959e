import Foundation
import Testing

@testable import Drivers

/// What berth sends and reads for a pull: the `X-Registry-Auth` header and the engine's progress stream.
@Suite struct ImagePullWireTests {
    /// Decodes a header the way the engine does: base64url (padding optional), then JSON.
    private static func decodeHeader(_ header: String) throws -> [String: String] {
        var base64 = header.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        let data = try #require(Data(base64Encoded: base64))
        return try JSONDecoder().decode([String: String].self, from: data)
    }

    @Test func authHeaderIsBase64URLOfUsernamePasswordAndServerAddress() throws {
        // `?>` and `~~~` make `+` and `/` in plain base64: the header must carry `-` and `_` instead.
        let auth = RegistryAuth(username: "ci?>", password: "pa~~~ss/+word", serverAddress: "127.0.0.1:5000")
        #expect(!auth.header.contains("+") && !auth.header.contains("/"))
        #expect(
            try Self.decodeHeader(auth.header)
                == ["username": "ci?>", "password": "pa~~~ss/+word", "serveraddress": "127.0.0.1:5000"])
    }

    @Test func authNeverShowsItsPassword() {
        let auth = RegistryAuth(username: "ci", password: "hunter2", serverAddress: "registry.example.com")
        #expect(!auth.description.contains("hunter2"))
        #expect(!String(reflecting: auth).contains("hunter2"))
        var dumped = ""
        dump(auth, to: &dumped)
        #expect(!dumped.contains("hunter2"))
        #expect(auth.description.contains("ci") && auth.description.contains("registry.example.com"))
    }

    private static func messages(_ lines: [String]) throws -> [DockerWire.PullMessage] {
        try lines.map { try JSONDecoder().decode(DockerWire.PullMessage.self, from: Data($0.utf8)) }
    }

    @Test func progressIsCondensedToOneLinePerLayerState() throws {
        let stream = try Self.messages([
            #"{"status":"Pulling from team/app","id":"1"}"#,
            #"{"status":"Pulling fs layer","progressDetail":{},"id":"a1b2c3d4e5f6"}"#,
            #"{"status":"Waiting","progressDetail":{},"id":"a1b2c3d4e5f6"}"#,
            #"{"status":"Downloading","progressDetail":{"current":32768,"total":27145915},"progress":"[>  ]","id":"a1b2c3d4e5f6"}"#,
            #"{"status":"Downloading","progressDetail":{"current":1048576,"total":27145915},"progress":"[=> ]","id":"a1b2c3d4e5f6"}"#,
            #"{"status":"Downloading","progressDetail":{"current":27145915,"total":27145915},"progress":"[==>]","id":"a1b2c3d4e5f6"}"#,
            #"{"status":"Verifying Checksum","progressDetail":{},"id":"a1b2c3d4e5f6"}"#,
            #"{"status":"Download complete","progressDetail":{},"id":"a1b2c3d4e5f6"}"#,
            #"{"status":"Extracting","progressDetail":{"current":294912,"total":27145915},"id":"a1b2c3d4e5f6"}"#,
            #"{"status":"Extracting","progressDetail":{"current":27145915,"total":27145915},"id":"a1b2c3d4e5f6"}"#,
            #"{"status":"Pull complete","progressDetail":{},"id":"a1b2c3d4e5f6"}"#,
            #"{"status":"Digest: sha256:b4fa52cedb76fbcc41b6fc67c1466149846bb33dc5e89039db8af1cd0911e73c"}"#,
            #"{"status":"Status: Downloaded newer image for 127.0.0.1:5000/team/app:1"}"#,
        ])
        var log = PullLog()
        #expect(
            stream.compactMap { log.line(for: $0) } == [
                "1: Pulling from team/app",
                "a1b2c3d4e5f6: Pulling fs layer",
                "a1b2c3d4e5f6: Waiting",
                "a1b2c3d4e5f6: Downloading 27.1 MB",
                "a1b2c3d4e5f6: Verifying Checksum",
                "a1b2c3d4e5f6: Download complete",
                "a1b2c3d4e5f6: Extracting 27.1 MB",
                "a1b2c3d4e5f6: Pull complete",
                "Digest: sha256:b4fa52cedb76fbcc41b6fc67c1466149846bb33dc5e89039db8af1cd0911e73c",
                "Status: Downloaded newer image for 127.0.0.1:5000/team/app:1",
            ])
    }

    @Test func layersAreFollowedApart() throws {
        let stream = try Self.messages([
            #"{"status":"Downloading","progressDetail":{"current":1,"total":2000},"id":"aaa"}"#,
            #"{"status":"Downloading","progressDetail":{"current":1,"total":512},"id":"bbb"}"#,
            #"{"status":"Downloading","progressDetail":{"current":2,"total":2000},"id":"aaa"}"#,
            #"{"status":"Pull complete","id":"bbb"}"#,
        ])
        var log = PullLog()
        #expect(
            stream.compactMap { log.line(for: $0) } == [
                "aaa: Downloading 2.0 kB", "bbb: Downloading 512 B", "bbb: Pull complete",
            ])
    }

    @Test func anErrorMessageDecodesWithTheRegistrysWords() throws {
        let message = try Self.messages([
            #"{"errorDetail":{"message":"unauthorized: authentication required"},"error":"unauthorized: authentication required"}"#
        ])[0]
        #expect(message.errorDetail?.message == "unauthorized: authentication required")
        var log = PullLog()
        #expect(log.line(for: message) == nil)
    }
}
