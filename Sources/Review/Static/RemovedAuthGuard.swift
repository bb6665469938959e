import Manifest

/// `code.auth-removed`: a change that takes an authentication or authorization guard off routes or handlers that
/// stay, and puts no guard back, so endpoints that required a signed-in or privileged caller are open to anyone. It
/// reads the lines the change removes (``AuthGuardScanner`` finds the guards across frameworks):
/// - a decorator, annotation or attribute removed from a handler that stays (`@login_required`,
///   `@permission_required(…)`, `@jwt_required()`, `@PreAuthorize(…)`, `@Secured(…)`, `[Authorize]`,
///   `@UseGuards(JwtAuthGuard)`), or a guard mixin from a view's bases (`LoginRequiredMixin`);
/// - a middleware argument removed from a route or router that stays (`requireAuth`, `passport.authenticate(…)`,
///   `ensureLoggedIn()`, Laravel's `->middleware('can:administer')`, `'auth:sanctum'`), a callback
///   (`before_action :authenticate_user!`), a dependency (`Depends(get_current_user)`), or a matcher's requirement
///   (`.hasRole("ADMIN")` become `.permitAll()`, `.RequireAuthorization()` dropped);
///
/// and the lines it adds that let anyone in where a guard held: `[AllowAnonymous]`, `@PermitAll` or Nest's `@Public()`
/// on an action that was there before, `skip_before_action :authenticate_user!`, `->withoutMiddleware('auth')`,
/// `permission_classes = [AllowAny]`, a `.permitAll()` matcher for a path another line requires a role for, actions
/// added to a kept guard's `except:` list or dropped from its `only:` list (``ActionList``); and routes moved out of a
/// guarded group or above a router's `use` of a guard (``GuardedBlocks``).
///
/// A guard counts as put back, and nothing is reported, when the same guard is still added somewhere in the file (moved
/// to the class, the group or the router), when a guard the file did not name before is added (renamed, or replaced by
/// another), or when an added line checks the caller itself (a 401 or 403, `PermissionDenied`, `is_authenticated`, a
/// signature compared in constant time). Nor is a guard reported whose route or handler the change deletes with it,
/// or one that guarded what anyone may reach: health and readiness probes, metrics, static assets, login, sign-up and
/// password-reset endpoints, public marketing pages, and webhooks in a file that checks a signature
/// (``PublicEndpoint``).
///
/// Deliberately not read: a guard moved to another file (this file alone shows a removal), a check inside a handler
/// (`if not request.user.is_staff: abort(403)`), a guard replaced by a weaker one the file did not name before
/// (`requireAdmin` → a new `requireLogin` counts as put back), and templates (`.blade.php`, `.erb`), which hide links,
/// not endpoints.
struct RemovedAuthGuard: FileCheck {
    let kinds = ReviewedFile.code

    static let rule = "code.auth-removed"

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let diff = file.diff
        let path = file.file.path.lowercased()
        guard !diff.isNew, !path.hasSuffix(".blade.php"), !path.hasSuffix(".erb") else { return [] }
        let scanner = AuthGuardScanner(kind: file.file.kind)
        let moved = Self.routesLeavingGuards(in: file, scanner: scanner).map { line in
            file.finding(
                Self.rule, .high, on: line,
                message: "a route is registered outside the guarded group that serves its handler or its path, and "
                    + "nothing guards it where it stands; register it on the guarded group", content: line.text)
        }
        // Read the change's guards once, and only where a check below needs them.
        var read: AuthGuardChange?
        func guardChange() -> AuthGuardChange {
            if let read { return read }
            let change = AuthGuardChange(file, scanner: scanner)
            read = change
            return change
        }
        let outside =
            file.diff.added.contains(where: { RouteGroups.mayRegister($0.text) })
            ? guardChange().routesAddedBesideGuardedSiblings().map { line in
                file.finding(
                    Self.rule, .high, on: line,
                    message: "a route is added where no guard covers it, beside routes of the same path that one "
                        + "does; register it below the guard, or guard it", content: line.text)
            } : []
        let leaving = moved + outside
        guard AuthGuardChange.mayOpenAnEndpoint(diff, scanner: scanner) else { return leaving }
        let change = guardChange()
        guard !change.putsGuardBack else { return leaving }
        var findings =
            leaving
            + change.removals().map { removal in
                file.finding(
                    Self.rule, .high, on: removal.line,
                    message:
                        "an authentication or authorization guard is removed from a route or handler that stays, and "
                        + "none is put back: it is open to anyone; keep the guard, or move it to the class, group or "
                        + "router that serves it", content: removal.guardText)
            }
        findings += change.widenedExceptions().map { line in
            file.finding(
                Self.rule, .high, on: line,
                message: "a guard is kept but more actions are excepted from it: they are open to anyone; keep them "
                    + "guarded, or except only public endpoints", content: line.text)
        }
        if let moved = change.routeMovedOutOfGuardedBlocks() {
            findings.append(
                file.finding(
                    Self.rule, .high, on: moved,
                    message: "routes are moved out of the group or router that required a signed-in or privileged "
                        + "caller, and nothing guards them where they now stand; keep them in the guarded group",
                    content: moved.text))
        }
        findings += change.openings().map { line in
            file.finding(
                Self.rule, .high, on: line,
                message: "an endpoint that required a signed-in or privileged caller is opened to anyone; keep the "
                    + "requirement, or open only what is public (login, health checks, assets)", content: line.text)
        }
        var reported = Set<Int>()
        return findings.filter { reported.insert($0.line ?? 0).inserted }
    }

    /// Added route registrations on unguarded groups (``RouteGroups``) that re-register a handler the change removes
    /// from a guarded group, or serve a path under a guarded group's; public endpoints aside.
    private static func routesLeavingGuards(in file: ChangedFile, scanner: AuthGuardScanner) -> [ChangedFile.Line] {
        guard file.diff.added.contains(where: { RouteGroups.mayRegister($0.text) }) else { return [] }
        let groups = RouteGroups(file.visible, scanner: scanner)
        guard groups.hasGuardedGroups else { return [] }
        let removedFromGuards = Set(
            file.diff.removed.compactMap { groups.route(on: $0) }.filter(\.guarded).map(\.handler))
        let guardedPaths = groups.guardedPaths
        return file.visible.filter(\.isAdded).filter { line in
            guard let route = groups.route(on: line.text), !route.guarded,
                !PublicEndpoint.isNamed(in: route.path + " " + route.handler)
            else { return false }
            let path = RouteGroups.normalised(route.path)
            return removedFromGuards.contains(route.handler)
                || guardedPaths.contains { path.hasPrefix($0 + "/") || path == $0 }
        }
    }
}
