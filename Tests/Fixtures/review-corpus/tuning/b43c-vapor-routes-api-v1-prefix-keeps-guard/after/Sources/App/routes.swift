import Fluent
import Vapor

func routes(_ app: Application) throws {
    app.get("healthz") { _ in HTTPStatus.ok }

    // Everything now lives under /api/v1; the iOS app 3.2+ uses these paths.
    let api = app.grouped("api", "v1")
    try api.register(collection: SessionController())

    let protected = api.grouped(
        UserToken.authenticator(),
        User.guardMiddleware()
    )
    try protected.register(collection: InvoiceController())
    try protected.register(collection: CustomerController())
    try protected.register(collection: AttachmentController())

    let admin = protected.grouped(AdminOnlyMiddleware())
    try admin.register(collection: TenantAdminController())
}
