import Crypto
import Foundation
import SotoS3
import Vapor

struct AvatarStore {
    let s3: S3
    let bucket: String
    let publicBaseURL: String

    static let allowedTypes: [HTTPMediaType] = [.png, .jpeg, HTTPMediaType(type: "image", subType: "webp")]
    static let maxBytes = 2 * 1024 * 1024

    func put(_ file: File, for userID: UUID) async throws -> String {
        guard let type = file.contentType, Self.allowedTypes.contains(type) else {
            throw Abort(.unsupportedMediaType)
        }
        guard file.data.readableBytes <= Self.maxBytes else {
            throw Abort(.payloadTooLarge)
        }

        let bytes = Data(buffer: file.data)
        // Content-addressed: re-uploading the same picture reuses the object instead of piling up copies.
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        let key = "avatars/\(userID.uuidString.lowercased())/\(digest)"
        // S3 rejects the PUT if the body doesn't match this.
        let contentMD5 = Data(Insecure.MD5.hash(data: bytes)).base64EncodedString()

        _ = try await s3.putObject(.init(
            acl: .publicRead,
            body: .init(bytes: bytes),
            bucket: bucket,
            cacheControl: "public, max-age=31536000, immutable",
            contentMD5: contentMD5,
            contentType: type.serialize(),
            key: key
        ))

        return "\(publicBaseURL)/\(key)"
    }
}
