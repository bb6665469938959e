import Fluent
import Vapor

func routes(_ app: Application) throws {
    let sessions = app.grouped(app.sessions.middleware, User.sessionAuthenticator())

    sessions.get { req async throws -> View in
        try await req.view.render("home")
    }
    sessions.get("healthz") { _ in HTTPStatus.ok }

    let auth = AuthController()
    sessions.get("login", use: auth.loginForm)
    sessions.grouped(User.credentialsAuthenticator()).post("login", use: auth.login)
    sessions.post("logout", use: auth.logout)

    // Everything below requires a signed-in user.
    let protected = sessions.grouped(User.redirectMiddleware(path: "/login"))

    let projects = ProjectController()
    protected.get("projects", use: projects.index)
    protected.get("projects", ":projectID", use: projects.show)
    protected.post("projects", use: projects.create)

    // Staff tools: signed in *and* is_staff.
    let staff = protected.grouped(StaffOnlyMiddleware()).grouped("staff")

    let users = StaffUserController()
    staff.get("users", use: users.index)
    staff.post("users", ":userID", "suspend", use: users.suspend)
    staff.post("users", ":userID", "impersonate", use: users.impersonate)

    let audit = AuditLogController()
    staff.get("audit", use: audit.index)
    staff.get("audit", "export.csv", use: audit.exportCSV)
}
