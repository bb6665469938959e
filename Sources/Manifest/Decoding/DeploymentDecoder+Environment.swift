import Yams

extension DeploymentDecoder {
    /// Variables berth sets itself.
    static let reservedVariables: Set<String> = ["PORT"]

    func decodeEnv(_ node: Node) -> [String: String]? {
        reader.stringMap(node, "spec.env", keyProblem: variableNameProblem)
    }

    /// Sealed values by name; a name also in `env` is reported here.
    func decodeSecretEnv(_ node: Node, env: [String: String], envNode: Node?) -> [String: SealedSecret]? {
        guard let entries = reader.entries(node, "spec.secretEnv") else { return nil }
        let envNames = Set(envNode.flatMap { reader.entriesQuietly($0) } ?? [])
        var result: [String: SealedSecret] = [:]
        var valid = true
        for entry in entries {
            let path = Shown.path("spec.secretEnv", entry.key)
            if let problem = variableNameProblem(entry.key) {
                sink.report(entry.keyNode, path, problem)
                valid = false
            } else if envNames.contains(entry.key) {
                sink.report(
                    entry.keyNode, path,
                    "\(entry.key) is also set in spec.env; a variable comes from env or "
                        + "secretEnv, not both")
                valid = false
            }
            guard let text = reader.string(entry.value, path) else {
                valid = false
                continue
            }
            do {
                result[entry.key] = try SealedSecret(parsing: text)
            } catch {
                sink.report(entry.value, path, "the value \(error.message)")
                valid = false
            }
        }
        return valid ? result : nil
    }

    private func variableNameProblem(_ name: String) -> String? {
        if Self.reservedVariables.contains(name) {
            return "\(name) is set by berth (the port the app must bind); remove it"
        }
        return Names.isUpperSnakeCase(name)
            ? nil
            : "\(Shown.quoted(name)) is not UPPER_SNAKE_CASE (A-Z, 0-9 and "
                + "'_', starting with a letter)"
    }
}
