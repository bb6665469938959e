import Vapor

struct LinkPreviewController: RouteCollection {
    /// oEmbed endpoints we proxy for chat link previews.
    private static let providers: [String: String] = [
        "www.youtube.com": "https://www.youtube.com/oembed",
        "youtu.be": "https://www.youtube.com/oembed",
        "vimeo.com": "https://vimeo.com/api/oembed.json",
    ]

    func boot(routes: RoutesBuilder) throws {
        routes.get("previews", use: preview)
    }

    func preview(req: Request) async throws -> Response {
        let target = try req.query.get(String.self, at: "url")
        guard let host = URI(string: target).host else {
            throw Abort(.unprocessableEntity, reason: "Unsupported link")
        }

        // Sites without oEmbed: fetch the page itself and let the client read the <meta og:*> tags.
        guard let endpoint = Self.providers[host] else {
            let page = try await req.client.get(URI(string: target)) { $0.headers.replaceOrAdd(name: .accept, value: "text/html") }
            return Response(status: page.status, body: .init(buffer: page.body ?? ByteBuffer()))
        }

        var uri = URI(string: endpoint)
        uri.query = "format=json&url=\(target.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")"
        let upstream = try await req.client.get(uri)
        return Response(status: upstream.status, body: .init(buffer: upstream.body ?? ByteBuffer()))
    }
}
