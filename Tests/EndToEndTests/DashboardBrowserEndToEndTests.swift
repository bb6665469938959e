import Foundation
import TestSupport
import Testing

/// The dashboard in a real browser (issue 19): `Tests/Browser/dashboard_flow.py` drives headless Chromium through
/// Selenium against a live `berth run` — log in, overview, deployment, sync, the run's log arriving live, the result,
/// a rollback — and saves a screenshot of each page under `.build/dashboard-screenshots`.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct DashboardBrowserEndToEndTests {
    /// The pages the script photographs, by file name without `.png`.
    static let screenshots = [
        "login", "overview", "overview-phone", "deployment", "run-live", "run-done", "deployment-after-rollback",
    ]

    @Test(.enabled(if: BrowserTools.missing.isEmpty || DockerTestEnvironment.isCI, BrowserTools.skipReason))
    func aBrowserSyncsWatchesTheLogArriveLiveAndRollsBack() async throws {
        try #require(BrowserTools.missing.isEmpty, "CI=true but \(BrowserTools.skipReason)")
        let shots = Fixtures.checkout.appendingPathComponent(".build/dashboard-screenshots")
        try? FileManager.default.removeItem(at: shots)
        try await Scenario.runListening { scenario, port, _ in
            try scenario.commitApp("web", page: "v1")
            try scenario.commitConfig(["web.yaml": try scenario.manifest("web")])
            let applied = try scenario.berth("apply")
            #expect(applied.status == 0, "\(applied)")
            let run = try scenario.startRun()
            defer { run.killHard() }
            try #require(try await run.waitForLine(containing: "pass at"), "\(run.printed)")
            // Generation 2 builds for about 8 s, a line every half second: long enough to watch it live. Nothing
            // polls the app repository (10 min passes): it rolls out when the browser presses sync.
            try scenario.commitApp(
                "web", page: "v2", setup: "RUN for i in $(seq 1 16); do echo build line $i; sleep 0.5; done")

            print("dashboard screenshots: \(shots.path)")
            let started = ContinuousClock.now
            let browser = try await BrowserTools.run(
                script: Fixtures.checkout.appendingPathComponent("Tests/Browser/dashboard_flow.py").path,
                environment: [
                    "BASE_URL": "http://127.0.0.1:\(port)", "TOKEN": Scenario.apiToken,
                    "DEPLOYMENT": scenario.name("web"), "SCREENSHOTS_DIR": shots.path,
                ])
            print(browser.text + (browser.stderr.isEmpty ? "" : "\n" + browser.stderr))
            print("dashboard browser flow: exit \(browser.status) in \(ContinuousClock.now - started)")
            #expect(browser.status == 0, "\(browser.text)\n\(browser.stderr)\n--- berth run\n\(run.printed)")
            for name in Self.screenshots {
                let file = shots.appendingPathComponent("\(name).png").path
                let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size]) as? Int
                #expect((size ?? 0) > 0, "\(name).png is missing or empty in \(shots.path)")
            }
        }
    }
}

/// What the browser test runs on: Debian's chromium and chromium-driver, and Selenium in the venv `scripts/bootstrap`
/// makes.
enum BrowserTools {
    static let chromium = "/usr/bin/chromium"
    static let chromedriver = "/usr/bin/chromedriver"
    static let python = "/opt/berth-browser/bin/python"

    /// What is missing, each with where it comes from; empty when the test can run.
    static let missing: [String] = {
        var missing: [String] = []
        for (path, origin) in [
            (chromium, "Debian's chromium"), (chromedriver, "Debian's chromium-driver"),
            (python, "the Selenium venv"),
        ] where !FileManager.default.isExecutableFile(atPath: path) {
            missing.append("\(path) (\(origin); scripts/bootstrap installs it)")
        }
        if missing.isEmpty,
            (try? GitCommand.runAllowingFailure(python, ["-c", "import selenium"]).status) != 0
        {
            missing.append("selenium in \(python) (scripts/bootstrap installs it)")
        }
        return missing
    }()

    static var skipReason: Comment {
        Comment(rawValue: "the browser test needs \(missing.joined(separator: "; ")); in CI this fails instead")
    }

    /// Runs `script` with the venv's Python, killed after 5 minutes, on a thread of its own (not the cooperative
    /// pool's) while it waits.
    static func run(script: String, environment: [String: String]) async throws -> GitCommand.Output {
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(
                    with: Result {
                        try GitCommand.runAllowingFailure(
                            "/usr/bin/timeout", ["-s", "KILL", "300", python, "-u", script], environment: variables)
                    })
            }
        }
    }
}
