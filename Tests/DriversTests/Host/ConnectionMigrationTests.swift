import Foundation
import Testing

@testable import Drivers

/// `net.ipv4.tcp_migrate_req` is turned on when off, left alone when on, and a missing or unwritable setting is
/// explained with the command that fixes it.
@Suite struct ConnectionMigrationTests {
    private func file(_ content: String?) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tcp_migrate_req-\(UUID())").path
        if let content { try content.write(toFile: path, atomically: true, encoding: .utf8) }
        return path
    }

    @Test func anOffSettingIsTurnedOn() throws {
        let path = try file("0\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(ConnectionMigration.enable(path: path) == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "1\n")
    }

    @Test func anOnSettingIsLeftAlone() throws {
        let path = try file("1\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(ConnectionMigration.enable(path: path) == nil)
    }

    @Test func aMissingSettingSaysWhatItMeans() throws {
        let problem = ConnectionMigration.enable(path: try file(nil))
        #expect(problem?.contains("a kernel before 5.14") == true)
    }

    @Test func anUnwritableSettingSaysHowToSetIt() throws {
        let problem = ConnectionMigration.enable(path: "/proc/version")
        #expect(problem?.contains("sysctl -w net.ipv4.tcp_migrate_req=1") == true, "\(problem ?? "")")
    }
}
