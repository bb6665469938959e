import CryptoKit
import Foundation

/// Uploads build artefacts to the artefact bucket using presigned PUT URLs from the release API.
struct ArtifactUploader {
    let session: URLSession
    let releaseAPI: ReleaseAPIClient

    func upload(fileAt url: URL, release: String) async throws {
        let data = try Data(contentsOf: url, options: .mappedIfSafe)

        // S3 requires Content-MD5 (base64 of the MD5 digest) when the bucket has object lock.
        // It is an integrity checksum for the transfer, which is why CryptoKit files MD5 under `Insecure`.
        let contentMD5 = Data(Insecure.MD5.hash(data: data)).base64EncodedString()
        let sha256 = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()

        let target = try await releaseAPI.presignUpload(
            release: release,
            fileName: url.lastPathComponent,
            contentMD5: contentMD5,
            sha256: sha256
        )

        var request = URLRequest(url: target.url)
        request.httpMethod = "PUT"
        request.setValue(contentMD5, forHTTPHeaderField: "Content-MD5")
        request.setValue("application/octet-stream", forHTTPHeaderField: "Content-Type")

        let (_, response) = try await session.upload(for: request, from: data)
        guard let http = response as? HTTPURLResponse, (200..<300).contains(http.statusCode) else {
            throw UploadError.rejected((response as? HTTPURLResponse)?.statusCode ?? -1)
        }
    }

    enum UploadError: Error {
        case rejected(Int)
    }
}