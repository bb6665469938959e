import Drivers
import Foundation
import Logging
import TestSupport
import Testing

/// libgit2's return codes become words, the remote's URL and what to check; no bare `-1`/`-3`.
@Suite struct GitErrorTranslationTests {
    @Test(arguments: [
        (Int32(-3), Int32(-1), "object not found", GitError.Code.notFound),
        (Int32(-16), Int32(-1), "authentication required", GitError.Code.authentication),
        (Int32(-17), Int32(-1), "certificate is not valid", GitError.Code.certificate),
        (Int32(-1), Int32(-1), "failed to connect to 127.0.0.1: Connection refused", GitError.Code.network),
        (
            Int32(-1), Int32(-1), "failed to resolve address for nowhere.invalid: Name or service not known",
            GitError.Code.network
        ),
        (Int32(-1), Int32(-1), "unexpected http status code: 404", GitError.Code.notFound),
        (Int32(-1), Int32(-1), "unexpected http status code: 401", GitError.Code.authentication),
        (Int32(-1), Int32(-1), "unexpected http status code: 502", GitError.Code.serverError),
        (Int32(-1), Int32(-1), "failed to resolve path '/x.git': No such file or directory", GitError.Code.notFound),
        (Int32(-1), Int32(-1), "something else", GitError.Code.libgit2),
    ])
    func codesClassesAndMessagesBecomeAKindOfFailure(
        code: Int32, errorClass: Int32, message: String, kind: GitError.Code
    ) {
        #expect(GitError.Code(libgit2Code: code, errorClass: errorClass, message: message) == kind)
    }

    @Test func aRefusedConnectionNamesTheURLInWordsWithWhatToCheck() async throws {
        let directory = try TemporaryDirectory()
        let store = GitMirrorStore(
            stateDirectory: directory.url, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let url = "http://127.0.0.1:1/acme/web.git"
        let error = await #expect(throws: GitError.self) { try await store.sync(GitRemote(url: url)) }
        let text = try #require(error).description
        #expect(text.contains("connect to \(url): network unreachable: failed to connect to 127.0.0.1"), "\(text)")
        #expect(text.contains("check that \(url) is reachable from this machine"), "\(text)")
        #expect(error?.url == url)
        #expect(!text.contains("libgit2 error") && !text.contains("(-1)"), "\(text)")
    }

    @Test func aMissingRepositoryIsNotFoundNamingItsURL() async throws {
        let directory = try TemporaryDirectory()
        let store = GitMirrorStore(
            stateDirectory: directory.url, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let url = "file://" + directory.url.appendingPathComponent("missing.git").path
        let error = await #expect(throws: GitError.self) { try await store.sync(GitRemote(url: url)) }
        #expect(error?.code == .notFound, "\(String(describing: error))")
        #expect(error?.description.contains("check the URL \(url)") == true, "\(String(describing: error))")
    }

    @Test func aMissingRefReadFromAMirrorNamesTheRepository() async throws {
        let repository = try GitFixture()
        try repository.write("x", to: "README")
        try repository.commitAndPush("one")
        let directory = try TemporaryDirectory()
        let store = GitMirrorStore(
            stateDirectory: directory.url, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let remote = GitRemote(url: repository.fileURL)
        _ = try await store.sync(remote)
        let error = await #expect(throws: GitError.self) { try await store.resolve("no-such-branch", in: remote) }
        let text = String(describing: error)
        #expect(text.contains("in \(repository.fileURL): not found"), "\(text)")
    }
}
