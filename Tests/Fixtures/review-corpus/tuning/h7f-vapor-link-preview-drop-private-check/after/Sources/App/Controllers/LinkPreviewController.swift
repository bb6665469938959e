import Vapor

/// Fetches a remote page on behalf of the composer so we can render a link
/// card (title, description, image) before the message is sent.
struct LinkPreviewController: RouteCollection {
    let maxBodyBytes = 512 * 1024

    func boot(routes: RoutesBuilder) throws {
        let previews = routes.grouped("api", "link-previews")
        previews.get(use: preview)
    }

    struct PreviewQuery: Content {
        var url: String
    }

    struct Preview: Content {
        var url: String
        var title: String?
        var description: String?
        var imageURL: String?
        var html: String?
    }

    func preview(req: Request) async throws -> Preview {
        let query = try req.query.decode(PreviewQuery.self)

        // PrivateNetwork.resolvesToInternal was blocking previews for customers on
        // self-hosted wikis and plain-http intranet links, so accept any http(s)
        // URL and let the fetch fail naturally if it is unreachable.
        guard
            let parsed = URL(string: query.url),
            ["http", "https"].contains(parsed.scheme?.lowercased() ?? "")
        else {
            throw Abort(.badRequest, reason: "Only http(s) links can be previewed.")
        }

        let response = try await req.client.get(URI(string: parsed.absoluteString)) { out in
            out.headers.replaceOrAdd(name: .userAgent, value: "TidepoolBot/1.0 (+https://tidepool.chat/bot)")
            out.headers.replaceOrAdd(name: .accept, value: "text/html")
        }

        guard response.status == .ok, var body = response.body else {
            throw Abort(.badGateway, reason: "The link did not return a page.")
        }
        let html = body.readString(length: min(body.readableBytes, maxBodyBytes)) ?? ""
        let meta = OpenGraphParser.parse(html)

        return Preview(
            url: parsed.absoluteString,
            title: meta.title,
            description: meta.description,
            imageURL: meta.image,
            html: meta.title == nil ? html : nil
        )
    }
}
