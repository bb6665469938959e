import Foundation
import Vapor

struct UnfurlController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("unfurl", use: unfurl)
    }

    func unfurl(req: Request) async throws -> String {
        let target = try req.query.get(String.self, at: "url")
        guard let url = URL(string: target) else { throw Abort(.badRequest) }
        let (data, _) = try await URLSession.shared.data(from: url)
        return String(decoding: data.prefix(4096), as: UTF8.self)
    }
}