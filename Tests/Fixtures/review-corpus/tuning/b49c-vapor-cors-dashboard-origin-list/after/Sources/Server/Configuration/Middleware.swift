import Vapor

extension Application {
    func configureMiddleware() {
        middleware = .init()
        middleware.use(RouteLoggingMiddleware(logLevel: .info))
        middleware.use(ErrorMiddleware.default(environment: environment))

        // The new React dashboard is served from its own origin and calls the
        // API with the session cookie, so it needs credentialed CORS.
        let dashboardOrigins: [String] = environment == .production
            ? ["https://dashboard.tidepool-analytics.com"]
            : ["https://dashboard.staging.tidepool-analytics.com", "http://localhost:5173"]

        let cors = CORSMiddleware(configuration: .init(
            allowedOrigin: .any(dashboardOrigins),
            allowedMethods: [.GET, .POST, .PUT, .PATCH, .DELETE, .OPTIONS],
            allowedHeaders: [.accept, .authorization, .contentType, .origin, .xRequestedWith],
            allowCredentials: true,
            cacheExpiration: 600
        ))
        middleware.use(cors, at: .beginning)

        sessions.configuration.cookieName = "tidepool_session"
        sessions.configuration.cookieFactory = { sessionID in
            .init(string: sessionID.string, isSecure: true, isHTTPOnly: true, sameSite: .lax)
        }
        middleware.use(sessions.middleware)
        middleware.use(User.sessionAuthenticator())
    }
}
