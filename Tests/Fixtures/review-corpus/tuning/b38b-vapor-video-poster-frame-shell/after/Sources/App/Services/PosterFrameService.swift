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
        // Editors can pick the poster frame in the trimming UI, e.g. ?at=12.5
        let offset = req.query[String.self, at: "at"] ?? "1"
        let output = try await extractFrame(from: clip.localPath, clipID: clipID, at: offset)
        return req.fileio.streamFile(at: output.path)
    }

    func extractFrame(from source: String, clipID: UUID, at offset: String) async throws -> URL {
        let output = workDirectory.appendingPathComponent("\(clipID)-\(offset)-poster.png")
        if FileManager.default.fileExists(atPath: output.path) {
            return output
        }

        // Pipe through pngquant: posters were ~900 KB straight out of ffmpeg.
        var pipeline = "\(ffmpegPath) -hide_banner -loglevel error -ss \(offset) -i '\(source)'"
        pipeline += " -frames:v 1 -vf scale=640:-2 -f image2pipe -vcodec png -"
        pipeline += " | pngquant --quality=65-85 - > '\(output.path)'"

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pipeline]
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
