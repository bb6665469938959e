import Vapor

/// Builds the link cards shown under chat messages (title, description, image).
struct LinkPreviewController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.grouped("messages", "unfurl").post(use: unfurl)
    }

    struct UnfurlRequest: Content {
        var url: String
    }

    struct LinkPreview: Content {
        var url: String
        var title: String?
        var description: String?
        var imageURL: String?
        var snippet: String?
    }

    func unfurl(req: Request) async throws -> LinkPreview {
        _ = try req.auth.require(User.self)
        let input = try req.content.decode(UnfurlRequest.self)

        if let cached = try await req.cache.get(cacheKey(for: input.url), as: LinkPreview.self) {
            return cached
        }

        let upstream = try await req.client.get(URI(string: input.url)) { outgoing in
            outgoing.headers.replaceOrAdd(name: .userAgent, value: "AcmeChatBot/1.4 (+https://chat.acme.io/bot)")
            outgoing.headers.replaceOrAdd(name: .accept, value: "text/html,application/xhtml+xml,*/*;q=0.8")
            outgoing.timeout = .seconds(5)
        }
        guard var body = upstream.body,
              let html = body.readString(length: min(body.readableBytes, 512 * 1024)) else {
            throw Abort(.badGateway, reason: "empty response from \(input.url)")
        }

        let preview = LinkPreview(
            url: input.url,
            title: metaContent(html, property: "og:title") ?? tagText(html, tag: "title"),
            description: metaContent(html, property: "og:description") ?? metaContent(html, name: "description"),
            imageURL: metaContent(html, property: "og:image"),
            snippet: String(html.prefix(500))
        )
        try await req.cache.set(cacheKey(for: input.url), to: preview, expiresIn: .hours(6))
        return preview
    }

    private func cacheKey(for url: String) -> String {
        "unfurl:" + SHA256.hash(data: Data(url.utf8)).hex
    }

    private func metaContent(_ html: String, property: String? = nil, name: String? = nil) -> String? {
        let attribute = property.map { "property=\"\($0)\"" } ?? "name=\"\(name ?? "")\""
        guard let attrRange = html.range(of: attribute),
              let contentStart = html.range(of: "content=\"", range: attrRange.upperBound..<html.endIndex),
              let contentEnd = html.range(of: "\"", range: contentStart.upperBound..<html.endIndex) else {
            return nil
        }
        return String(html[contentStart.upperBound..<contentEnd.lowerBound])
    }

    private func tagText(_ html: String, tag: String) -> String? {
        guard let open = html.range(of: "<\(tag)>"),
              let close = html.range(of: "</\(tag)>", range: open.upperBound..<html.endIndex) else {
            return nil
        }
        return html[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
