package import Foundation
import Logging

extension DockerClient {
    package func copyFiles(_ files: [String: Data], into directory: String, of container: String) async throws {
        logger.debug(
            "copy files into container",
            metadata: ["container.name": "\(container)", "container.path": "\(directory)", "files": "\(files.count)"])
        let path = "/containers/\(Self.escape(container))/archive"
        let response = try await send(
            "PUT", path, query: [("path", directory)], body: .bytes(Self.tarArchive(files)),
            headers: [("Content-Type", "application/x-tar")])
        do {
            _ = try await response.body.collect(upTo: 1 << 20)
        } catch {
            throw Self.engineError(error, request: describe("PUT", path), endpoint: endpoint)
        }
    }

    /// A ustar archive of `files` (relative path → contents), mode 0644, owned by root, sorted by path.
    static func tarArchive(_ files: [String: Data], modificationTime: Int = Int(Date().timeIntervalSince1970))
        -> [UInt8]
    {
        var output: [UInt8] = []
        for (name, contents) in files.sorted(by: { $0.key < $1.key }) {
            let relative = name.drop { $0 == "/" }
            TarHeader.append(
                path: String(relative), kind: .file(size: contents.count, executable: false),
                modificationTime: modificationTime, to: &output)
            output.append(contentsOf: contents)
            output.append(contentsOf: repeatElement(0, count: TarHeader.padding(for: contents.count)))
        }
        output.append(contentsOf: repeatElement(0, count: TarHeader.blockSize * 2))
        return output
    }
}
