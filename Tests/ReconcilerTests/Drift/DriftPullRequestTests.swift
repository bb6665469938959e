import Drivers
import Foundation
import Logging
import Manifest
import Reconciler
import TestSupport
import Testing

@Suite struct DriftPullRequestTests {
    static let token = "s3cret-drift-token"
    static let manifest = """
        apiVersion: berth/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          image: nginx:1.27
          env:
            LOG_LEVEL: info   # keep quiet
          resources: {memory: 64Mi, cpus: 0.5}
          drift: report

        """

    /// A config repository with one manifest, a store mirroring it, and a fake forge of `flavor` that checks head
    /// branches against the repository.
    struct World {
        let fixture: GitFixture
        let state: TemporaryDirectory
        let store: GitMirrorStore
        let server: ForgeAPIServer?
        let remote: GitRemote

        init(flavor: ForgeFlavor?) throws {
            let fixture = try GitFixture()
            try fixture.write(DriftPullRequestTests.manifest, to: "deployments/web.yaml")
            try fixture.write("services: {}\n", to: "deployments/compose.yaml")
            try fixture.commitAndPush("web")
            self.fixture = fixture
            state = try TemporaryDirectory(prefix: "berth-state")
            store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
            remote = GitRemote(url: fixture.fileURL)
            let bare = fixture.bare
            server = try flavor.map {
                try ForgeAPIServer(
                    flavor: $0.rawValue, repository: "acme/deploy", token: DriftPullRequestTests.token,
                    gitDirectory: bare)
            }
        }

        func publisher(flavor: ForgeFlavor?, token: String = DriftPullRequestTests.token, enabled: Bool = true) throws
            -> DriftPullRequest
        {
            let forge: DriftPullRequest.Forge =
                if let flavor, let server {
                    .api(
                        try PullRequestClient(
                            flavor: flavor, baseURL: server.baseURL, repository: ForgeRepository(path: "acme/deploy")!,
                            token: token, retry: ForgeRetryPolicy(attempts: 2, initialDelay: .milliseconds(10)),
                            logger: Logger(label: "test")))
                } else { .branchOnly }
            return DriftPullRequest(
                enabled: enabled, repositories: store, branches: store,
                config: .init(remote: remote, branch: "main", path: "deployments"), forge: forge,
                logger: Logger(label: "test"))
        }
    }

    static func report(_ findings: [DriftFinding], host: String = "web-1") -> DriftReport {
        DriftReport(
            host: host, scannedAt: Date(timeIntervalSince1970: 1_800_000_000), configCommit: nil, findings: findings)
    }

    static func memory(live: String) -> DriftFinding {
        DriftFinding(
            deployment: "web", container: "web-3", field: "spec.resources.memory", desired: "64Mi", live: live,
            firstSeen: Date(timeIntervalSince1970: 1_799_999_000), adoptable: true)
    }

    static let secret = DriftFinding(
        deployment: "web", container: "web-3", field: "spec.secretEnv.TOKEN", desired: "(sealed)", live: "(changed)",
        firstSeen: Date(timeIntervalSince1970: 1_799_999_000), adoptable: false)

    @Test(arguments: ForgeFlavor.allCases)
    func opensUpdatesInPlaceAndClosesWhenDriftIsGone(_ flavor: ForgeFlavor) async throws {
        let world = try World(flavor: flavor)
        let server = try #require(world.server)
        let publisher = try world.publisher(flavor: flavor)

        let first = try await publisher.publish(Self.report([Self.memory(live: "128Mi")]))
        guard case .opened(let opened, let commit) = first else {
            Issue.record("expected a new pull request, got \(first)")
            return
        }
        #expect(opened.head == "berth/drift/web-1" && opened.base == "main")
        #expect(try world.fixture.bareGit("rev-parse", "berth/drift/web-1") == commit.hex)
        #expect(
            try world.fixture.bareGit("show", "berth/drift/web-1:drift/web-1.md")
                == Self.report([Self.memory(live: "128Mi")]).markdown().trimmingCharacters(in: .newlines))
        #expect(
            try world.fixture.bareGit("show", "berth/drift/web-1:deployments/web.yaml").contains(
                "resources: {memory: 128Mi, cpus: 0.5}"))

        // The second scan: the same pull request, updated, on a branch replaced (one commit on main).
        let second = try await publisher.publish(Self.report([Self.memory(live: "256Mi"), Self.secret]))
        guard case .updated(let updated, let secondCommit) = second else {
            Issue.record("expected the pull request updated in place, got \(second)")
            return
        }
        #expect(updated.number == opened.number)
        #expect(
            try world.fixture.bareGit("rev-parse", "berth/drift/web-1^") == world.fixture.bareGit("rev-parse", "main"))
        #expect(try world.fixture.bareGit("rev-parse", "berth/drift/web-1") == secondCommit.hex)
        let branchText = try world.fixture.bareGit("show", "berth/drift/web-1:deployments/web.yaml")
        #expect(branchText.contains("memory: 256Mi") && !branchText.contains("secretEnv"))
        var pulls = try server.pullRequests()
        #expect(pulls.count == 1)
        #expect(pulls.first?.state == "open")
        #expect(pulls.first?.title == "Drift on web-1: 2 findings")
        #expect(pulls.first?.body.contains("256Mi") == true)

        // Drift gone: closed with a comment, branch deleted.
        let third = try await publisher.publish(Self.report([]))
        #expect(third == .closed(number: opened.number))
        pulls = try server.pullRequests()
        #expect(pulls.count == 1)
        #expect(pulls.first?.state == "closed")
        #expect(pulls.first?.comments.count == 1)
        #expect(pulls.first?.comments.first?.hasPrefix("drift is gone: web-1 matches main") == true)
        #expect(try world.fixture.bareGit("branch", "--list", "berth/*") == "")

        // Clean again: nothing open, nothing to delete.
        #expect(try await publisher.publish(Self.report([])) == .closed(number: nil))
        #expect(try server.received().allSatisfy { (200..<300).contains($0.answered) })
    }

    @Test func aGitNotesForgeGetsTheBranchOnly() async throws {
        let world = try World(flavor: nil)
        let publisher = try world.publisher(flavor: nil)
        let outcome = try await publisher.publish(Self.report([Self.memory(live: "128Mi")]))
        guard case .branchPushed(let commit) = outcome else {
            Issue.record("expected the branch only, got \(outcome)")
            return
        }
        #expect(try world.fixture.bareGit("rev-parse", "berth/drift/web-1") == commit.hex)
        #expect(try await publisher.publish(Self.report([])) == .closed(number: nil))
        #expect(try world.fixture.bareGit("branch", "--list", "berth/*") == "")
    }

    @Test func offDoesNothing() async throws {
        let world = try World(flavor: .github)
        let publisher = try world.publisher(flavor: .github, enabled: false)
        #expect(try await publisher.publish(Self.report([Self.memory(live: "128Mi")])) == .disabled)
        #expect(try world.server?.received().isEmpty == true)
        #expect(try world.fixture.bareGit("branch", "--list", "berth/*") == "")
    }

    @Test(arguments: ForgeFlavor.allCases)
    func aRefusedTokenIsNeverInTheError(_ flavor: ForgeFlavor) async throws {
        let world = try World(flavor: flavor)
        let publisher = try world.publisher(flavor: flavor, token: "wrong-drift-token")
        let error = await #expect(throws: ForgeRequestError.self) {
            try await publisher.publish(Self.report([Self.memory(live: "128Mi")]))
        }
        #expect(error?.httpStatus == 401)
        #expect(error.map { !"\($0)".contains("wrong-drift-token") && !"\($0)".contains(Self.token) } == true)
    }

    @Test func anEditThatCannotBeMadeIsNamedInTheReport() async throws {
        let world = try World(flavor: nil)
        let ghost = DriftFinding(
            deployment: "ghost", container: "ghost-1", field: "spec.env.X", desired: nil, live: "1",
            firstSeen: Date(), adoptable: true)
        _ = try await world.publisher(flavor: nil).publish(Self.report([ghost]))
        let report = try world.fixture.bareGit("show", "berth/drift/web-1:drift/web-1.md")
        #expect(report.contains("## Not adopted in this branch"))
        #expect(report.contains("ghost: spec.env.X = 1: no manifest under `deployments` names ghost"))
    }

    /// The must-show path with real git: the branch holds the report and the manifest edit; merging it into main
    /// gives a manifest whose memory is the live value.
    @Test func mergingTheBranchAdoptsTheLiveMemory() async throws {
        let world = try World(flavor: .gitea)
        let publisher = try world.publisher(flavor: .gitea)
        _ = try await publisher.publish(
            Self.report([
                Self.memory(live: "128Mi"), Self.secret,
                DriftFinding(
                    deployment: "web", container: "web-3", field: "spec.env.LOG_LEVEL", desired: "info", live: "debug",
                    firstSeen: Date(), adoptable: true),
            ]))
        #expect(
            try world.fixture.bareGit("ls-tree", "-r", "--name-only", "berth/drift/web-1")
                == "deployments/compose.yaml\ndeployments/web.yaml\ndrift/web-1.md")

        try world.fixture.git("fetch", "--quiet", "origin", "berth/drift/web-1")
        try world.fixture.git("merge", "--quiet", "--no-edit", "FETCH_HEAD")
        let merged = try String(
            contentsOf: world.fixture.work.appendingPathComponent("deployments/web.yaml"), encoding: .utf8)
        #expect(merged.contains("LOG_LEVEL: debug   # keep quiet"), "comments survive")
        let state = ManifestParser.parse([SourceFile(path: "deployments/web.yaml", contents: Data(merged.utf8))])
        #expect(state.diagnostics.isEmpty)
        let web = try #require(state.deployments.first)
        #expect(web.spec.resources.memoryBytes == 128 << 20)
        #expect(web.spec.resources.nanoCPUs == 500_000_000)
        #expect(web.spec.env == ["LOG_LEVEL": "debug"])
        #expect(
            FileManager.default.fileExists(atPath: world.fixture.work.appendingPathComponent("drift/web-1.md").path))
    }

    @Test func branchNamesAreSafeForAnyHostName() {
        #expect(DriftPullRequest.branch(host: "web-1.example.com") == "berth/drift/web-1.example.com")
        #expect(DriftPullRequest.branch(host: "a b:c~d..e.lock") == "berth/drift/a-b-c-d-e")
        #expect(DriftPullRequest.reportPath(host: "web-1") == "drift/web-1.md")
    }
}
