import Vapor

extension Application {
    func configureMiddleware() {
        middleware = .init()
        middleware.use(RouteLoggingMiddleware(logLevel: .info))
        middleware.use(ErrorMiddleware.default(environment: environment))

        let cors = CORSMiddleware(configuration: .init(
            allowedOrigin: .none,
            allowedMethods: [.GET, .POST, .PUT, .PATCH, .DELETE, .OPTIONS],
            allowedHeaders: [.accept, .authorization, .contentType, .origin]
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
