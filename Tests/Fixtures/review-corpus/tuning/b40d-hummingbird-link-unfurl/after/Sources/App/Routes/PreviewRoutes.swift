import AsyncHTTPClient
import Foundation
import Hummingbird
import NIOCore

/// Link previews shown under chat messages. The web client can't unfurl cross-origin,
/// so POST /previews asks the server to fetch the page and build the preview.
struct LinkPreview: ResponseCodable {
    var id: UUID
    var url: String
    var title: String?
    var excerpt: String
}

struct UnfurlRequest: Decodable {
    var url: String
}

func addPreviewRoutes(to router: Router<some RequestContext>, store: PreviewStore) {
    let previews = router.group("previews")

    previews.get(":id") { _, context -> LinkPreview in
        let id = try context.parameters.require("id", as: UUID.self)
        guard let preview = try await store.get(id) else {
            throw HTTPError(.notFound)
        }
        return preview
    }

    previews.post { request, context -> LinkPreview in
        let input = try await request.decode(as: UnfurlRequest.self, context: context)
        let html = try await fetchPage(input.url)
        let preview = LinkPreview(id: UUID(), url: input.url, title: title(in: html), excerpt: String(html.prefix(600)))
        try await store.put(preview)
        return preview
    }
}

private func fetchPage(_ url: String) async throws -> String {
    var request = HTTPClientRequest(url: url)
    request.headers.add(name: "User-Agent", value: "ChatterUnfurl/1.0")
    let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
    let body = try await response.body.collect(upTo: 1 << 20)
    return String(buffer: body)
}

private func title(in html: String) -> String? {
    guard let start = html.range(of: "<title>"), let end = html.range(of: "</title>", range: start.upperBound..<html.endIndex) else {
        return nil
    }
    return String(html[start.upperBound..<end.lowerBound])
}
