import Foundation
import Vapor

/// Extracts a still frame from an uploaded clip to use as its poster image.
struct PosterFrameService {
    let ffmpegPath: String
    let workDirectory: URL
    let logger: Logger

    func routes(_ app: Application) {
        app.grouped(UserAuthenticator(), User.guardMiddleware())
            .get("clips", ":clipID", "poster", use: poster)
    }

    func poster(req: Request) async throws -> Response {
        guard let clipID = req.parameters.get("clipID", as: UUID.self),
              let clip = try await Clip.find(clipID, on: req.db) else {
            throw Abort(.notFound)
        }
        let output = try await extractFrame(from: clip.localPath, clipID: clipID)
        return req.fileio.streamFile(at: output.path)
    }

    func extractFrame(from source: String, clipID: UUID) async throws -> URL {
        let output = workDirectory.appendingPathComponent("\(clipID)-poster.png")
        if FileManager.default.fileExists(atPath: output.path) {
            return output
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: ffmpegPath)
        process.arguments = [
            "-hide_banner", "-loglevel", "error",
            "-ss", "1",
            "-i", source,
            "-frames:v", "1",
            "-vf", "scale=640:-2",
            output.path,
        ]
        let stderr = Pipe()
        process.standardError = stderr

        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            logger.error("ffmpeg failed for \(clipID): \(message)")
            throw Abort(.unprocessableEntity, reason: "could not extract poster frame")
        }
        return output
    }
}
