import Foundation

/// The parts of a `package.json` detection reads.
struct PackageJSON: Sendable {
    let dependencies: Set<String>
    let devDependencies: Set<String>
    let scripts: [String: String]
    let main: String?

    /// Parses `text`; nil when it is not a JSON object.
    init?(_ text: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            return nil
        }
        dependencies = Set((object["dependencies"] as? [String: Any])?.keys ?? [:].keys)
        devDependencies = Set((object["devDependencies"] as? [String: Any])?.keys ?? [:].keys)
        scripts = object["scripts"] as? [String: String] ?? [:]
        main = object["main"] as? String
    }

    /// Whether `name` is a runtime or a development dependency.
    func uses(_ name: String) -> Bool { dependencies.contains(name) || devDependencies.contains(name) }
}
