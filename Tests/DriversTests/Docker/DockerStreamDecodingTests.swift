import Foundation
import Testing

@testable import Drivers

@Suite struct DockerStreamDecodingTests {
    /// One multiplexed frame: stream byte, three zeros, big-endian size, payload.
    static func frame(_ stream: UInt8, _ text: String) -> [UInt8] {
        let payload = Array(text.utf8)
        let size = UInt32(payload.count)
        return [
            stream, 0, 0, 0, UInt8(size >> 24), UInt8(size >> 16 & 0xff), UInt8(size >> 8 & 0xff), UInt8(size & 0xff),
        ]
            + payload
    }

    @Test(arguments: [1, 3, 7, 1000])
    func demuxesFramesSplitAcrossChunksIntoLinesPerStream(chunkSize: Int) throws {
        let bytes =
            Self.frame(1, "out-1\nout-") + Self.frame(2, "err-1\n") + Self.frame(1, "2\n") + Self.frame(2, "tail")
        var demux = LogDemultiplexer()
        var lines: [LogLine] = []
        var offset = 0
        while offset < bytes.count {
            lines += demux.feed(Array(bytes[offset..<min(offset + chunkSize, bytes.count)]))
            offset += chunkSize
        }
        lines += demux.finish()
        #expect(
            lines == [
                LogLine(stream: .stdout, text: "out-1"), LogLine(stream: .stderr, text: "err-1"),
                LogLine(stream: .stdout, text: "out-2"), LogLine(stream: .stderr, text: "tail"),
            ])
    }

    @Test func timestampsBecomeTheLineTimeAndLeaveTheText() throws {
        var demux = LogDemultiplexer(timestamps: true)
        var lines = demux.feed(Self.frame(1, "2026-12-02T05:55:10.250000000Z line 1\n2026-12-02T05:55:11"))
        lines += demux.feed(Self.frame(1, ".5Z  two spaces\n") + Self.frame(2, "not a time\n"))
        #expect(lines.map(\.text) == ["line 1", " two spaces", "not a time"])
        #expect(lines.map(\.stream) == [.stdout, .stdout, .stderr])
        let first = try #require(lines[0].time)
        #expect(abs(first.timeIntervalSince1970 - 1_796_190_910.25) < 0.001)
        #expect(abs(try #require(lines[1].time).timeIntervalSince(first) - 1.25) < 0.001)
        #expect(lines[2].time == nil)
    }

    @Test func splitsJSONMessagesAcrossChunkBoundaries() throws {
        var decoder = JSONLineDecoder<DockerWire.BuildMessage>()
        var messages = try decoder.feed(Array("{\"stream\":\"Step 1/2\\n\"}\r\n{\"aux\":{\"ID\":\"sha".utf8))
        messages += try decoder.feed(
            Array("256:abc\"}}\r\n\r\n{\"errorDetail\":{\"message\":\"boom\"},\"error\":\"boom\"}".utf8))
        messages += try decoder.finish()
        #expect(messages.map(\.stream) == ["Step 1/2\n", nil, nil])
        #expect(messages[1].aux?.ID == "sha256:abc")
        #expect(messages[2].errorDetail?.message == "boom")
    }

    @Test func buildLogKeepsWholeLinesAndABoundedTail() {
        var log = BuildLog()
        #expect(log.append("Step 1/3 : FROM x\n ---> ab") == ["Step 1/3 : FROM x"])
        #expect(log.append("c\r\n") == [" ---> abc"])
        for index in 0..<100 { _ = log.append("line \(index)\n") }
        #expect(log.finish().isEmpty)
        #expect(log.tail.count == BuildLog.tailLimit)
        #expect(log.tail.last == "line 99")
    }

    @Test func parsesEngineTimesWithNanosecondsAndTheZeroTime() throws {
        let date = try #require(DockerWire.date("2026-11-23T09:16:52.123456789Z"))
        #expect(abs(date.timeIntervalSince1970 - 1_795_425_412.123456789) < 1e-3)
        #expect(DockerWire.date("0001-01-01T00:00:00Z") == nil)
        let offset = try #require(DockerWire.date("2026-11-23T11:16:52.5+02:00"))
        #expect(abs(offset.timeIntervalSince1970 - 1_795_425_412.5) < 1e-3)
        #expect(DockerWire.date("not a time") == nil)
    }

    @Test func createBodyCarriesEverySpecField() throws {
        var spec = ContainerSpec(name: "web-3-candidate", image: "berth/web:0123456789ab")
        spec.labels = ["berth.managed": "true"]
        spec.environment = ["B": "2", "A": "1"]
        spec.command = ["/app/server"]
        spec.ports = [
            PublishedPort(containerPort: 8080, hostPort: 20001, hostIP: "127.0.0.1"), PublishedPort(containerPort: 9090),
        ]
        spec.networkMode = "bridge"
        spec.restartPolicy = .onFailure(maximumRetries: 5)
        spec.resources = ResourceLimits(cpus: 0.5, memoryBytes: 256 << 20)
        spec.healthCheck = ContainerHealthCheck(
            test: .exec(["/bin/check"]), interval: .seconds(2), timeout: .seconds(1), retries: 2)
        spec.mounts = [
            ContainerMount(source: .volume("berth-web-data"), target: "/data"),
            ContainerMount(source: .bind("/srv/x"), target: "/x", readOnly: true),
        ]
        spec.stopTimeout = .seconds(10)
        let body = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(DockerClient.createBody(spec)))
                as? [String: Any])
        #expect(body["Env"] as? [String] == ["A=1", "B=2"])
        #expect(body["Cmd"] as? [String] == ["/app/server"])
        #expect((body["ExposedPorts"] as? [String: Any])?.keys.sorted() == ["8080/tcp", "9090/tcp"])
        #expect(body["StopTimeout"] as? Int == 10)
        let health = try #require(body["Healthcheck"] as? [String: Any])
        #expect(health["Test"] as? [String] == ["CMD", "/bin/check"])
        #expect(health["Interval"] as? Int == 2_000_000_000)
        let host = try #require(body["HostConfig"] as? [String: Any])
        let bindings = try #require(host["PortBindings"] as? [String: [[String: String]]])
        #expect(bindings == ["8080/tcp": [["HostIp": "127.0.0.1", "HostPort": "20001"]]])
        #expect(host["NanoCpus"] as? Int == 500_000_000)
        #expect(host["Memory"] as? Int == 256 << 20)
        #expect(host["Binds"] as? [String] == ["berth-web-data:/data", "/srv/x:/x:ro"])
        #expect((host["RestartPolicy"] as? [String: Any])?["Name"] as? String == "on-failure")
        #expect((host["RestartPolicy"] as? [String: Any])?["MaximumRetryCount"] as? Int == 5)
        let log = try #require(host["LogConfig"] as? [String: Any])
        #expect(log["Type"] as? String == "json-file")
        #expect(log["Config"] as? [String: String] == ["max-size": "10m", "max-file": "3"])
    }
}
