import Manifest

/// `code.auth-removed` for a Phoenix router scope the change adds on a path another scope of the file already serves
/// (the same path, or one under it other than `/`), piped through fewer pipelines than that one: `scope "/admin",
/// MyAppWeb.Admin do pipe_through :browser` (or `scope "/admin/exports"`) beside the existing `scope "/admin", … do
/// pipe_through [:browser, :admin]`. Its routes skip the pipeline (an admin check, a
/// required login) that guards the rest of the path. A new scope that pipes through everything its sibling does is no
/// finding.
struct PhoenixScopeWithoutPipeline: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.elixir]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && $0.text.hasBytes("scope") }) else { return [] }
        let scopes = lines.indices.compactMap { index -> (index: Int, path: Substring, pipelines: Set<Substring>)? in
            guard let path = Self.scope.firstMatch(in: lines[index].text, capture: 1),
                let piped = lines[(index + 1)...].prefix(3).first(where: { $0.text.hasBytes("pipe_through") })
            else { return nil }
            return (index, path, Set(Self.pipeline.matches(in: piped.text).compactMap { $0[1] }))
        }
        return scopes.compactMap { added in
            guard lines[added.index].isAdded,
                let sibling = scopes.first(where: { other in
                    other.index != added.index
                        && (other.path == added.path || other.path != "/" && added.path.hasPrefix(other.path + "/"))
                        && added.pipelines.isStrictSubset(of: other.pipelines)
                })
            else { return nil }
            let skipped = sibling.pipelines.subtracting(added.pipelines).sorted().map { ":\($0)" }
            return file.finding(
                "code.auth-removed", .high, on: lines[added.index],
                message: "this scope serves \(added.path) without \(skipped.joined(separator: ", ")), which the "
                    + "scope of \(sibling.path) on line \(lines[sibling.index].number) pipes its routes through; pipe "
                    + "it through the same pipelines", content: lines[added.index].text)
        }
    }

    /// A scope and its path (group 1): `scope "/admin", MyAppWeb.Admin, as: :admin do`.
    private static let scope = LinePattern(#"^\s*scope\s+"([^"]*)""#)
    /// A pipeline named in `pipe_through` (group 1): `:browser`, `[:browser, :admin]`.
    private static let pipeline = LinePattern(#":(\w+)"#)
}
