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
        let key = "avatars/\(userID.uuidString.lowercased())/\(UUID().uuidString.lowercased())"

        _ = try await s3.putObject(.init(
            acl: .publicRead,
            body: .init(bytes: bytes),
            bucket: bucket,
            cacheControl: "public, max-age=31536000, immutable",
            contentType: type.serialize(),
            key: key
        ))

        return "\(publicBaseURL)/\(key)"
    }
}
