@testable import App
import JWT
import XCTVapor

/// Helpers for authenticating requests in XCTest. The HMAC key below exists only in
/// the test target; production signers are loaded from JWT_SIGNING_KEY in configure.swift.
enum TestAuth {
    static let signingKey = "xctest-only-hs256-key-do-not-use-in-prod"

    static func install(on app: Application) {
        app.jwt.signers.use(.hs256(key: signingKey), kid: "test", isDefault: true)
    }

    static func bearer(for user: User, roles: [String] = ["member"], app: Application) throws -> HTTPHeaders {
        let payload = SessionToken(
            subject: .init(value: try user.requireID().uuidString),
            expiration: .init(value: Date().addingTimeInterval(300)),
            roles: roles
        )
        let token = try app.jwt.signers.sign(payload, kid: "test")
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }
}
