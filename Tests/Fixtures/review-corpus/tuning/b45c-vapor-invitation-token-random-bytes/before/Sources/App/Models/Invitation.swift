import Fluent
import Vapor

final class Invitation: Model, @unchecked Sendable {
    static let schema = "invitations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "team_id") var team: Team
    @Field(key: "email") var email: String
    @Field(key: "token") var token: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "accepted_at") var acceptedAt: Date?

    init() {}

    init(teamID: Team.IDValue, email: String, ttl: TimeInterval = 7 * 24 * 3600) {
        self.$team.id = teamID
        self.email = email.lowercased()
        self.token = UUID().uuidString
        self.expiresAt = Date().addingTimeInterval(ttl)
    }

    var isUsable: Bool {
        acceptedAt == nil && expiresAt > Date()
    }
}
