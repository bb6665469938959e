import Fluent
import Vapor

func routes(_ app: Application) throws {
    app.get("healthz") { _ in HTTPStatus.ok }

    try app.register(collection: SessionController())

    let protected = app.grouped(
        UserToken.authenticator(),
        User.guardMiddleware()
    )
    try protected.register(collection: InvoiceController())
    try protected.register(collection: CustomerController())

    let admin = protected.grouped(AdminOnlyMiddleware())
    try admin.register(collection: TenantAdminController())
}
