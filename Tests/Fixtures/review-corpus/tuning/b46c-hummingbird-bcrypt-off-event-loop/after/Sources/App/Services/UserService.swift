import FluentKit
import Foundation
import HummingbirdBcrypt
import NIOPosix

struct UserService {
    let db: Database

    func register(email: String, password: String) async throws -> User {
        let normalized = email.trimmingCharacters(in: .whitespaces).lowercased()
        guard try await User.query(on: db).filter(\.$email == normalized).first() == nil else {
            throw UserError.emailTaken
        }
        guard password.count >= 12 else {
            throw UserError.passwordTooShort
        }

        // bcrypt at cost 12 takes ~250ms; keep it off the request's event loop.
        let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: 12) }
        let user = User(email: normalized, passwordHash: hash)
        try await user.save(on: db)
        return user
    }

    func authenticate(email: String, password: String) async throws -> User? {
        let normalized = email.trimmingCharacters(in: .whitespaces).lowercased()
        guard let user = try await User.query(on: db).filter(\.$email == normalized).first() else {
            return nil
        }
        let storedHash = user.passwordHash
        let valid = try await NIOThreadPool.singleton.runIfActive {
            Bcrypt.verify(password, hash: storedHash)
        }
        return valid ? user : nil
    }
}
