package import Drivers
import Foundation
package import Manifest

/// The login a pull or a registry check sends for an image: the controller's `registries` entry for the image's
/// registry host, with the password read from its `passwordFile` at the moment of use (a rotated file takes effect
/// on the next pull). The password goes only into the engine's `X-Registry-Auth` header; errors name the file.
package enum RegistryLogin {
    /// Why the password of a `registries` entry cannot be used.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package let description: String
    }

    /// The login for `reference`'s registry, or nil when the controller config has none for it (an anonymous
    /// pull). - Throws: ``Failure`` when the entry's password file cannot be read or is empty.
    package static func auth(for reference: String, in controller: ControllerConfig) throws(Failure) -> RegistryAuth? {
        guard let registry = ImageReference.parts(of: reference)?.registry,
            let entry = controller.registries[registry]
        else { return nil }
        let field = "registries[\"\(registry)\"].passwordFile"
        guard let data = FileManager.default.contents(atPath: entry.passwordFile) else {
            let why = FileManager.default.fileExists(atPath: entry.passwordFile) ? "cannot be read" : "does not exist"
            throw Failure(
                description: "\(field): \(entry.passwordFile) \(why); berth reads the registry password from it")
        }
        let password = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !password.isEmpty else {
            throw Failure(description: "\(field): \(entry.passwordFile) is empty; put the registry password in it")
        }
        return RegistryAuth(username: entry.username, password: password, serverAddress: registry)
    }
}
