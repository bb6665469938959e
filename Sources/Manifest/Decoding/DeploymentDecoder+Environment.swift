import Yams

extension DeploymentDecoder {
    /// Variables berth sets itself.
    static let reservedVariables: Set<String> = ["PORT"]

    func decodeEnv(_ node: Node) -> [String: String]? {
        reader.stringMap(node, "spec.env", keyProblem: Names.variableNameProblem)
    }

    /// Sealed values by name; a name also in `env` is reported here, and so is a value that does not open for
    /// `deployment` and its variable when the controller's key is known.
    func decodeSecretEnv(_ node: Node, env: [String: String], envNode: Node?, deployment: String?)
        -> [String: SealedSecret]?
    {
        guard let entries = reader.entries(node, "spec.secretEnv") else { return nil }
        let envNames = Set(envNode.flatMap { reader.entriesQuietly($0) } ?? [])
        var result: [String: SealedSecret] = [:]
        var valid = true
        for entry in entries {
            let path = Shown.path("spec.secretEnv", entry.key)
            if let problem = Names.variableNameProblem(entry.key) {
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
            let sealed: SealedSecret
            do {
                sealed = try SealedSecret(parsing: text)
            } catch {
                sink.report(entry.value, path, "the value \(error.message)")
                valid = false
                continue
            }
            if let secretKey, let deployment,
                (try? sealed.open(with: secretKey.privateKey, deployment: deployment, variable: entry.key)) == nil
            {
                sink.report(
                    entry.value, path,
                    "the value does not open as \(deployment)/\(entry.key) with the controller's key "
                        + "(secrets.keyFile): it was sealed for another deployment or variable, to another key, "
                        + "or altered; seal it again with "
                        + "`berth secret seal --deployment \(deployment) --name \(entry.key)`")
                valid = false
                continue
            }
            result[entry.key] = sealed
        }
        return valid ? result : nil
    }
}
