import Crypto
import Foundation
import Vapor

extension User {
    /// Gravatar identifies an avatar by the MD5 of the trimmed, lower-cased e-mail address.
    /// See https://docs.gravatar.com/api/avatars/hash/ — this is a public lookup key, not a credential.
    func gravatarURL(size: Int = 160, fallback: String = "identicon") -> URL? {
        let normalised = email
            .trimmingCharacters(in: .whitespacesAndNewlines)
            .lowercased()
        let digest = Insecure.MD5.hash(data: Data(normalised.utf8))
        let hex = digest.map { String(format: "%02x", $0) }.joined()

        var components = URLComponents()
        components.scheme = "https"
        components.host = "www.gravatar.com"
        components.path = "/avatar/\(hex)"
        components.queryItems = [
            URLQueryItem(name: "s", value: String(min(max(size, 16), 512))),
            URLQueryItem(name: "d", value: fallback),
            URLQueryItem(name: "r", value: "g"),
        ]
        return components.url
    }
}

struct PublicProfile: Content {
    let id: UUID
    let displayName: String
    let avatarURL: URL?

    init(_ user: User) throws {
        self.id = try user.requireID()
        self.displayName = user.displayName
        self.avatarURL = user.customAvatarURL ?? user.gravatarURL()
    }
}
