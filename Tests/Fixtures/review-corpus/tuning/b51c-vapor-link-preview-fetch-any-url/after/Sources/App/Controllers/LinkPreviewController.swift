import Vapor

struct LinkPreview: Content {
    let url: String
    let title: String?
    let summary: String?
    let imageURL: String?
}

struct LinkPreviewController: RouteCollection {
    private static let maxBodyBytes = 512_000

    func boot(routes: RoutesBuilder) throws {
        let previews = routes.grouped(UserToken.authenticator(), User.guardMiddleware())
        previews.get("link-preview", use: preview)
    }

    /// Unfurls a link pasted into the composer so the client can render a card.
    func preview(req: Request) async throws -> LinkPreview {
        guard let target = req.query[String.self, at: "url"], !target.isEmpty else {
            throw Abort(.badRequest, reason: "Missing url")
        }

        let response = try await req.client.get(URI(string: target)) { outgoing in
            outgoing.headers.replaceOrAdd(name: .userAgent, value: "ChatterBot/1.0 (+https://chatter.example/bot)")
            outgoing.headers.replaceOrAdd(name: .accept, value: "text/html,application/xhtml+xml,*/*;q=0.8")
        }

        guard var body = response.body,
              let html = body.readString(length: min(body.readableBytes, Self.maxBodyBytes)) else {
            throw Abort(.badGateway, reason: "Could not fetch \(target) (\(response.status.code))")
        }

        // Plenty of pages have no Open Graph tags; fall back to the start of the document.
        let summary = OpenGraph.value(for: "og:description", in: html)
            ?? String(html.prefix(400))

        return LinkPreview(
            url: target,
            title: OpenGraph.value(for: "og:title", in: html) ?? OpenGraph.title(in: html),
            summary: summary,
            imageURL: OpenGraph.value(for: "og:image", in: html)
        )
    }
}
