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
