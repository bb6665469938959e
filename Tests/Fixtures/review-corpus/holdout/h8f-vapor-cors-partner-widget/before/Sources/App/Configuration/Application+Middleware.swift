import Vapor

extension Application {
    func configureMiddleware() {
        // Reset default middleware so we control the order.
        middleware = .init()

        let cors = CORSMiddleware(configuration: .init(
            allowedOrigin: .any(["https://app.roamly.travel", "https://admin.roamly.travel"]),
            allowedMethods: [.GET, .POST, .PUT, .PATCH, .DELETE, .OPTIONS],
            allowedHeaders: [.accept, .authorization, .contentType, .origin, .xRequestedWith]
        ))
        middleware.use(cors, at: .beginning)
        middleware.use(RouteLoggingMiddleware(logLevel: .info))
        middleware.use(ErrorMiddleware.default(environment: environment))
        middleware.use(sessions.middleware)
    }
}
