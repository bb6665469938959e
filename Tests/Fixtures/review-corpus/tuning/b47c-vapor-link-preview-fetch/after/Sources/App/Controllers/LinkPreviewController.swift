import SwiftSoup
import Vapor

struct LinkPreviewController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let previews = routes.grouped(UserToken.authenticator(), User.guardMiddleware())
        previews.post("link-previews", use: create)
    }

    struct CreateRequest: Content {
        let url: String
    }

    struct Preview: Content {
        let url: String
        let title: String?
        let description: String?
        let imageURL: String?
    }

    @Sendable
    func create(req: Request) async throws -> Preview {
        let input = try req.content.decode(CreateRequest.self)
        let uri = URI(string: input.url)
        guard uri.scheme == "http" || uri.scheme == "https" else {
            throw Abort(.badRequest, reason: "Only http(s) links can be previewed.")
        }

        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .userAgent, value: "ChatterPreview/1.2 (+https://chatter.example/bot)")
        headers.replaceOrAdd(name: .accept, value: "text/html")

        let response = try await req.client.get(uri, headers: headers)
        guard response.status == .ok, let body = response.body else {
            throw Abort(.badGateway, reason: "Could not load \(input.url) (\(response.status.code)).")
        }

        let doc = try SwiftSoup.parse(String(buffer: body))
        func meta(_ property: String) throws -> String? {
            try doc.select("meta[property=\(property)]").first()?.attr("content")
        }

        return Preview(
            url: input.url,
            title: try meta("og:title") ?? doc.title(),
            description: try meta("og:description"),
            imageURL: try meta("og:image")
        )
    }
}
