import Foundation
import Vapor

/// Produces the small preview images shown in the asset library grid.
struct ThumbnailService {
    let workDirectory: String
    let logger: Logger

    struct Options {
        var width = 320
        var height = 320
        var quality = 82
    }

    enum ThumbnailError: Error {
        case convertFailed(status: Int32, stderr: String)
    }

    func makeThumbnail(for upload: File, options: Options = .init()) async throws -> ByteBuffer {
        let id = UUID().uuidString
        let ext = upload.extension?.lowercased() ?? "bin"
        let inputPath = "\(workDirectory)/\(id).\(ext)"
        let outputPath = "\(workDirectory)/\(id)-thumb.jpg"
        defer {
            try? FileManager.default.removeItem(atPath: inputPath)
            try? FileManager.default.removeItem(atPath: outputPath)
        }

        FileManager.default.createFile(atPath: inputPath, contents: Data(buffer: upload.data))

        // Strip metadata and run the result through jpegoptim in one go; the
        // original filename is kept as a comment so support can trace a thumb
        // back to the upload.
        let pipeline = [
            "convert '\(inputPath)[0]'",
            "-strip -set comment '\(upload.filename)'",
            "-thumbnail \(options.width)x\(options.height)^",
            "-gravity center -extent \(options.width)x\(options.height)",
            "-quality \(options.quality) jpg:- | jpegoptim --stdin --stdout > '\(outputPath)'",
        ].joined(separator: " ")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pipeline]
        let stderr = Pipe()
        process.standardError = stderr

        try process.run()
        process.waitUntilExit()

        guard process.terminationStatus == 0 else {
            let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            logger.warning("convert failed for \(upload.filename): \(message)")
            throw ThumbnailError.convertFailed(status: process.terminationStatus, stderr: message)
        }

        let data = try Data(contentsOf: URL(fileURLWithPath: outputPath))
        return ByteBuffer(data: data)
    }
}
