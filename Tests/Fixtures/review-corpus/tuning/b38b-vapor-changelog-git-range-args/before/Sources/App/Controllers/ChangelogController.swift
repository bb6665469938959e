import Foundation
import Vapor

/// Internal release dashboard: shows the commits that went into each deploy.
struct ChangelogController: RouteCollection {
    let repositoryPath: String

    func boot(routes: RoutesBuilder) throws {
        let changelog = routes.grouped(StaffAuthenticator(), Staff.guardMiddleware())
            .grouped("changelog")
        changelog.get("latest", use: latest)
    }

    struct Entry: Content {
        var sha: String
        var subject: String
        var author: String
    }

    func latest(req: Request) async throws -> [Entry] {
        let previousTag = try await git(["describe", "--tags", "--abbrev=0", "HEAD^"], on: req)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return try await log(range: "\(previousTag)..HEAD", on: req)
    }

    private func log(range: String, on req: Request) async throws -> [Entry] {
        let output = try await git(["log", "--no-merges", "--format=%h%x1f%s%x1f%an", range], on: req)
        return output.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\u{1f}", omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            return Entry(sha: String(fields[0]), subject: String(fields[1]), author: String(fields[2]))
        }
    }

    private func git(_ arguments: [String], on req: Request) async throws -> String {
        try await req.application.threadPool.runIfActive(eventLoop: req.eventLoop) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments = ["-C", repositoryPath] + arguments
            let stdout = Pipe()
            process.standardOutput = stdout
            process.standardError = Pipe()
            try process.run()
            let data = stdout.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw Abort(.internalServerError, reason: "git \(arguments.first ?? "") failed")
            }
            return String(decoding: data, as: UTF8.self)
        }.get()
    }
}
