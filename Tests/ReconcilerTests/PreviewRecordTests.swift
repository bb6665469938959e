import Drivers
import Foundation
import Manifest
import Testing

@testable import Reconciler

/// The open previews kept in history (DESIGN §14): a new event keeps when the preview was opened and moves its head.
@Suite struct PreviewRecordTests {
    private static let opened = Date(timeIntervalSince1970: 1_780_000_000)

    private func record(_ number: Int, head: String, at date: Date) -> PreviewRecord {
        PreviewRecord(
            name: PreviewName(parent: "web", number: number), repository: "https://git.example.com/acme/web.git",
            headCommit: head, headBranch: "feature/x", openedAt: date, updatedAt: date)
    }

    @Test func aPushMovesTheHeadAndKeepsWhenThePreviewOpened() async throws {
        let history = try History()
        #expect(try await history.previews().isEmpty)
        try await history.save(record(7, head: "aaa", at: Self.opened))
        try await history.save(record(8, head: "bbb", at: Self.opened))
        let pushed = Self.opened.addingTimeInterval(3600)
        try await history.save(record(7, head: "ccc", at: pushed))
        let previews = try await history.previews()
        #expect(previews.map(\.name.description) == ["web--pr7", "web--pr8"])
        #expect(previews[0].headCommit == "ccc")
        #expect(previews[0].openedAt == Self.opened)
        #expect(previews[0].updatedAt == pushed)
        try await history.removePreview("web--pr7")
        #expect(try await history.previews().map(\.name.description) == ["web--pr8"])
    }

    @Test func aPreviewExpiresOnlyAfterItsTTLWithoutNews() {
        let preview = record(7, head: "aaa", at: Self.opened)
        let ttl = Duration.seconds(72 * 3600)
        #expect(!preview.hasExpired(ttl: ttl, at: Self.opened))
        #expect(!preview.hasExpired(ttl: ttl, at: Self.opened.addingTimeInterval(72 * 3600)))
        #expect(preview.hasExpired(ttl: ttl, at: Self.opened.addingTimeInterval(72 * 3600 + 1)))
        var pushed = preview
        pushed.updatedAt = Self.opened.addingTimeInterval(3600)
        #expect(!pushed.hasExpired(ttl: ttl, at: Self.opened.addingTimeInterval(72 * 3600 + 1)))
    }
}

/// Which deployments a pull request on an app repository previews.
@Suite struct PreviewParentsTests {
    private static func deployments() -> [Deployment] {
        let manifest = { (name: String, source: String) in
            "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: \(name)}\nspec:\n  \(source)\n"
        }
        let files = [
            ("web", "source: {repo: \"git@git.example.com:acme/web.git\", ref: main}"),
            ("web-canary", "source: {repo: \"https://git.example.com/acme/web\", ref: canary}"),
            ("admin", "source: {repo: \"https://git.example.com/acme/web.git\", ref: main, path: admin}"),
            ("api", "source: {repo: \"https://git.example.com/acme/api.git\", ref: main}"),
            ("cache", "image: redis:7"),
        ].map { SourceFile(path: "deployments/\($0.0).yaml", contents: Data(manifest($0.0, $0.1).utf8)) }
        let state = ManifestParser.parse(files)
        #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
        return state.deployments
    }

    private static func request(base: String) throws -> PullRequestEvent {
        PullRequestEvent(
            action: .opened, repository: RepositoryURLs(["https://git.example.com/acme/web"]), number: 7,
            headCommit: try #require(CommitID(hex: String(repeating: "ab", count: 20))), headBranch: "feature/x",
            baseBranch: base)
    }

    @Test func theDeploymentsBuiltFromTheRepositorysBaseBranchAreThePreviewsParents() throws {
        var deployments = Self.deployments()
        let web = try #require(deployments.first { $0.name == "web" })
        deployments.append(
            try web.preview(
                number: 3, commit: String(repeating: "cd", count: 20), host: "3.p.test", inheritSecrets: false))
        let main = Controller.previewParents(in: deployments, of: try Self.request(base: "main"))
        #expect(main.map(\.name).sorted() == ["admin", "web"])
        let canary = Controller.previewParents(in: deployments, of: try Self.request(base: "canary"))
        #expect(canary.map(\.name) == ["web-canary"])
        #expect(Controller.previewParents(in: deployments, of: try Self.request(base: "release")).isEmpty)
    }
}
