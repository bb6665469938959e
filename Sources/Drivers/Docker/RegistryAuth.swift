import Foundation

/// A registry login as the Docker engine takes it for a pull: the `X-Registry-Auth` header, base64url of
/// `{"username","password","serveraddress"}`. Holds the password in memory for one call; it never appears in a
/// description, a log line or an error.
package struct RegistryAuth: Sendable, CustomStringConvertible, CustomReflectable {
    package let username: String
    private let password: String
    /// The registry host the login is for (`127.0.0.1:5000`).
    package let serverAddress: String

    package init(username: String, password: String, serverAddress: String) {
        self.username = username
        self.password = password
        self.serverAddress = serverAddress
    }

    /// The value of the `X-Registry-Auth` header.
    package var header: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let fields = ["username": username, "password": password, "serveraddress": serverAddress]
        let json = (try? encoder.encode(fields)) ?? Data("{}".utf8)
        return json.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
    }

    /// Whether `other` carries the same username, password and server address (without exposing the password).
    package func matches(_ other: RegistryAuth) -> Bool {
        username == other.username && password == other.password && serverAddress == other.serverAddress
    }

    package var description: String { "\(username) at \(serverAddress) (password hidden)" }

    /// What `dump` and debuggers show: no password.
    package var customMirror: Mirror {
        Mirror(self, children: ["username": username, "serverAddress": serverAddress])
    }
}
