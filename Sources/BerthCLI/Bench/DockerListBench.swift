import ArgumentParser
import Dispatch
import Drivers
import Foundation
import Logging
import Synchronization

/// `berth bench docker-list`: list N labelled containers through berth's client vs `curl --unix-socket`.
struct DockerListBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docker-list",
        abstract: "List labelled containers through berth's Docker client vs curl on the socket (target ratio ≤ 1.2).",
        discussion: """
            Creates the containers (created, not started) with a label unique to the run, times several listings
            each way (median), and removes the containers again.
            """
    )

    @Option(help: "How many labelled containers to create and list.")
    var containers = 200

    @Option(help: "Timed listings each way; the median is reported.")
    var iterations = 21

    @Option(help: "Image the containers are created from (must exist locally).")
    var image = "berth-test/busybox:latest"

    @Option(help: "Docker engine unix socket.")
    var socket = "/var/run/docker.sock"

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard containers > 0, iterations > 0 else {
            throw ValidationError("--containers and --iterations must be positive")
        }
    }

    func run() throws {
        let report = try runBlocking { [self] in try await measure() }
        report.print(as: options.output)
    }

    private func measure() async throws -> BenchReport {
        let docker = DockerClient(
            endpoint: .unixSocket(socket),
            logger: Logger(label: "berth.bench", factory: { _ in SwiftLogNoOpLogHandler() }))
        let runID = UUID().uuidString.lowercased().prefix(12)
        let labels = ["berth.bench": String(runID)]
        let filters = #"{"label":["berth.bench=\#(runID)"]}"#
        let curlURL =
            "http://localhost/v\(DockerClient.apiVersion)/containers/json?all=1&filters="
            + (filters.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? filters)
        do {
            try await createContainers(docker, labels: labels, prefix: "berth-bench-\(runID)")
            let listed = try await docker.listContainers(labels: labels)
            guard listed.count == containers else {
                throw CommandFailure.failed("listed \(listed.count) containers, created \(containers)")
            }
            try curl(curlURL)  // warm both paths once
            var berthSamples: [Double] = []
            var curlSamples: [Double] = []
            var pingSamples: [Double] = []
            var transportSamples: [Double] = []
            let transport = HTTPClient(
                endpoint: .unixSocket(socket),
                logger: Logger(label: "berth.bench", factory: { _ in SwiftLogNoOpLogHandler() }))
            let target = String(curlURL.dropFirst("http://localhost".count))
            for _ in 0..<iterations {
                let clock = ContinuousClock()
                let elapsed = try await clock.measure { _ = try await docker.listContainers(labels: labels) }
                berthSamples.append(elapsed.milliseconds)
                curlSamples.append(try measureMilliseconds { try curl(curlURL) })
                pingSamples.append(try measureMilliseconds { try curl("http://localhost/_ping") })
                let raw = try await clock.measure {
                    let response = try await transport.execute(HTTPRequest(method: "GET", target: target))
                    _ = try await response.body.collect(upTo: 64 << 20)
                }
                transportSamples.append(raw.milliseconds)
            }
            await BenchRepositories.removeContainers(labeled: labels, from: docker)
            let berth = median(berthSamples)
            let baseline = median(curlSamples)
            // curl_ping_ms: starting curl for a trivial request, the share of curl_ms that is not the listing.
            // transport_ms: the same request through berth's HTTP transport, bytes only (berth_ms minus decoding).
            return BenchReport(
                bench: "docker-list",
                metrics: [
                    ("berth_ms", berth), ("curl_ms", baseline), ("ratio", berth / baseline),
                    ("curl_ping_ms", median(pingSamples)), ("transport_ms", median(transportSamples)),
                ])
        } catch {
            await BenchRepositories.removeContainers(labeled: labels, from: docker)
            throw error
        }
    }

    /// Creates the containers, a few at a time.
    private func createContainers(_ docker: DockerClient, labels: [String: String], prefix: String) async throws {
        let (containers, image) = (containers, image)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<containers {
                if index >= 8 { try await group.next() }
                group.addTask {
                    var spec = ContainerSpec(name: "\(prefix)-\(index)", image: image)
                    spec.labels = labels
                    spec.command = ["sleep", "1"]
                    spec.logRotation = nil
                    _ = try await docker.createContainer(spec)
                }
            }
            try await group.waitForAll()
        }
    }

    /// The baseline: the same request with the curl CLI, body read and discarded.
    private func curl(_ url: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["--silent", "--fail", "--unix-socket", socket, "--output", "/dev/null", url]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure.failed("curl exited with \(process.terminationStatus) for \(url)")
        }
    }

}

/// Runs async work from a synchronous command, blocking the calling (main) thread until it finishes.
private func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Mutex<Result<T, any Error>?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
        do {
            let value = try await body()
            outcome.withLock { $0 = .success(value) }
        } catch {
            outcome.withLock { $0 = .failure(error) }
        }
        done.signal()
    }
    done.wait()
    return try outcome.withLock { $0! }.get()
}
