import Manifest

/// `code.auth-removed` for a Phoenix router scope the change adds on a path another scope of the file already serves
/// (the same path, or one under it other than `/`), piped through fewer pipelines than that one: `scope "/admin",
/// MyAppWeb.Admin do pipe_through :browser` (or `scope "/admin/exports"`) beside the existing `scope "/admin", … do
/// pipe_through [:browser, :admin]`; or a scope the change adds on another path that routes what a scope of the file
/// routes (the same module's controller or live view, with the same actions) without all of that scope's pipelines:
/// `scope "/floor", ShopfrontWeb.Admin do pipe_through [:browser, :require_authenticated_user]` mounting the admin
/// scope's `RefundController`. Its routes skip the pipeline (an admin check, a required login) that guards them
/// elsewhere. A new scope that pipes through everything its sibling does is no finding.
struct PhoenixScopeWithoutPipeline: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.elixir]

    /// A scope of the router: where it opens, its path, the pipelines it pipes through, and its routes (each the
    /// scope's module with what follows the route's path: `MyAppWeb.Admin|RefundController, only: [:index]`).
    private struct Scope {
        let index: Int
        let path: Substring
        let pipelines: Set<Substring>
        let routes: Set<String>
    }

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && $0.text.hasBytes("scope") }) else { return [] }
        let scopes = lines.indices.compactMap { index -> Scope? in
            guard let groups = Self.scope.firstMatch(in: lines[index].text), let path = groups[1],
                let piped = lines[(index + 1)...].prefix(3).first(where: { $0.text.hasBytes("pipe_through") })
            else { return nil }
            let module = groups[2] ?? ""
            let routes = HelperFunctions.body(at: index, in: lines).compactMap { line in
                Self.route.firstMatch(in: lines[line].text, capture: 1).map { "\(module)|\($0.trimmedLine)" }
            }
            return Scope(
                index: index, path: path, pipelines: Set(Self.pipeline.matches(in: piped.text).compactMap { $0[1] }),
                routes: Set(routes))
        }
        return scopes.compactMap { added in
            guard lines[added.index].isAdded,
                let sibling = scopes.first(where: { other in
                    guard other.index != added.index else { return false }
                    let underPath =
                        other.path == added.path || other.path != "/" && added.path.hasPrefix(other.path + "/")
                    let sameRoutes = !other.routes.isDisjoint(with: added.routes)
                    return underPath && added.pipelines.isStrictSubset(of: other.pipelines)
                        || sameRoutes && !other.pipelines.isSubset(of: added.pipelines)
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

    /// A scope, its path (group 1) and its module (group 2): `scope "/admin", MyAppWeb.Admin, as: :admin do`.
    private static let scope = LinePattern(#"^\s*scope\s+"([^"]*)"(?:\s*,\s*([\w.]+))?"#)
    /// A pipeline named in `pipe_through` (group 1): `:browser`, `[:browser, :admin]`.
    private static let pipeline = LinePattern(#":(\w+)"#)
    /// A route and what follows its path (group 1): `live "/orders", OrderLive.Index, :index`.
    private static let route = LinePattern(
        #"^\s*(?:get|post|put|patch|delete|live|resources|forward|live_dashboard)\s+"[^"]*"\s*,\s*(.+)$"#)
}
