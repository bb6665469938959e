import Crypto
import Fluent
import Vapor

final class Invitation: Model, @unchecked Sendable {
    static let schema = "invitations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "team_id") var team: Team
    @Field(key: "email") var email: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "accepted_at") var acceptedAt: Date?

    init() {}

    /// Returns the invitation plus the plaintext token to put in the email link; only its hash is stored.
    static func make(teamID: Team.IDValue, email: String, ttl: TimeInterval = 7 * 24 * 3600) -> (Invitation, String) {
        let invite = Invitation()
        let raw = Data([UInt8].random(count: 32)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        invite.$team.id = teamID
        invite.email = email.lowercased()
        invite.tokenHash = Invitation.hash(raw)
        invite.expiresAt = Date().addingTimeInterval(ttl)
        return (invite, raw)
    }

    static func hash(_ raw: String) -> String {
        SHA256.hash(data: Data(raw.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    var isUsable: Bool {
        acceptedAt == nil && expiresAt > Date()
    }
}
