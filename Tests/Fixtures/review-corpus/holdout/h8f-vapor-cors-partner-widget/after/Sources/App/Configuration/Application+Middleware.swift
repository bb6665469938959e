import Vapor

extension Application {
    func configureMiddleware() {
        // Reset default middleware so we control the order.
        middleware = .init()

        // The booking widget is embedded on partner sites we don't know ahead of time,
        // and it needs the traveller's session cookie.
        let cors = CORSMiddleware(configuration: .init(
            allowedOrigin: .originBased,
            allowedMethods: [.GET, .POST, .PUT, .PATCH, .DELETE, .OPTIONS],
            allowedHeaders: [.accept, .authorization, .contentType, .origin, .xRequestedWith],
            allowCredentials: true
        ))
        middleware.use(cors, at: .beginning)
        middleware.use(RouteLoggingMiddleware(logLevel: .info))
        middleware.use(ErrorMiddleware.default(environment: environment))
        middleware.use(sessions.middleware)
    }
}
