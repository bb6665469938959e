import Drivers
import Foundation
import Glibc
import Reconciler
import TestSupport
import Testing

/// An unusable state dir and a history database that cannot be opened, in words naming the path and the setting.
@Suite struct StateErrorTranslationTests {
    @Test func aStateDirThatIsAFileSaysSoAndNamesTheSetting() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("x", to: "state")
        let state = StateDirectory(path: file.path, origin: "stateDir of berth.yaml")
        let error = #expect(throws: StateDirectoryError.self) { try state.create() }
        #expect(
            error?.summary
                == "state dir \(file.path) (stateDir of berth.yaml) cannot be used: exists but is not a directory")
        #expect(error?.field == "stateDir" && error?.path == file.path)
        #expect(error?.hint?.contains("stateDir in the controller config or --state-dir") == true)
    }

    @Test func aParentThatIsAFileIsNamed() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("x", to: "parent")
        let state = StateDirectory(path: file.path + "/state", origin: "from --state-dir")
        let error = #expect(throws: StateDirectoryError.self) { try state.create() }
        let summary = error?.summary ?? ""
        #expect(summary.contains("a parent is not a directory (at \(file.path))"), "\(summary)")
    }

    @Test(arguments: [
        (EACCES, "permission denied", "run berth as a user that may write there"),
        (EROFS, "read-only file system", "use a directory on a writable file system"),
        (ENOSPC, "no space left on the device", "free space there"),
    ])
    func errnoBecomesWordsAndAFix(code: Int32, words: String, fix: String) {
        let state = StateDirectory(path: "/var/lib/berth", origin: "the default")
        let error = StateDirectoryError(state, at: "/var/lib/berth", errno: code)
        #expect(error.summary == "state dir /var/lib/berth (the default) cannot be used: \(words)")
        #expect(error.hint?.hasPrefix(fix) == true, "\(String(describing: error.hint))")
    }

    @Test func creatingMakesEveryMissingParent() throws {
        let directory = try TemporaryDirectory()
        let state = StateDirectory(path: directory.url.appendingPathComponent("a/b/state").path, origin: "test")
        try state.create()
        #expect(state.exists && !state.hasDatabase)
    }

    @Test func readingHistoryNeverCreatesADatabase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("berth.sqlite").path
        let error = #expect(throws: HistoryOpenError.self) { try History(readingAt: path) }
        #expect(error?.cause == .missing)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotADatabaseIsNamedNotSQLiteError26() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("berth.sqlite").path
        try Data(repeating: 7, count: 4096).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: HistoryOpenError.self) { try History(path: path) }
        #expect(error?.summary == "history \(path) is not a berth database (not SQLite, or damaged)")
        #expect(error?.path == path)
        #expect(error?.description.contains("SQLite error") == false)
    }

    @Test func aDatabaseInAMissingDirectoryCannotBeOpenedAndSaysWhy() throws {
        let path = try TemporaryDirectory().url.appendingPathComponent("gone/berth.sqlite").path
        let error = #expect(throws: HistoryOpenError.self) { try History(path: path) }
        #expect(error?.cause == .cannotOpen)
        #expect(error?.summary.hasPrefix("history \(path) cannot be opened: ") == true)
    }

    @Test func readingHistoryAfterWritingSeesTheRollouts() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("berth.sqlite").path
        _ = try History(path: path)
        let reader = try History(readingAt: path)
        #expect(try await reader.rollouts(of: "web").isEmpty)
    }
}
