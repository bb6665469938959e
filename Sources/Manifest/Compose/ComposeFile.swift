/// The file names berth reads as compose files rather than manifests (DESIGN §14), anywhere under the config path.
package enum ComposeFile {
    /// `compose.yaml`, `compose.yml`, `docker-compose.yaml`, `docker-compose.yml`.
    package static let names: Set<String> = [
        "compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml",
    ]

    /// Whether the file at `path` (any folder) is a compose file.
    package static func isComposeFile(_ path: String) -> Bool {
        names.contains(String(path.split(separator: "/").last ?? ""))
    }
}
