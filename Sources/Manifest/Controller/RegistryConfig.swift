/// One entry of `registries`: the login berth sends when it pulls from a registry (DESIGN §14). A file path, never
/// the password itself: the file is read each time a pull or a registry check needs it.
package struct RegistryConfig: Sendable, Hashable {
    package var username: String
    /// An absolute path to a file holding the password (or token); a trailing newline is not part of it.
    package var passwordFile: String

    package init(username: String, passwordFile: String) {
        self.username = username
        self.passwordFile = passwordFile
    }
}
