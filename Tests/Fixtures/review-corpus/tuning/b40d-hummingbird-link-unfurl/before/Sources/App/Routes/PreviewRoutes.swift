import Foundation
import Hummingbird

/// Link previews shown under chat messages. The desktop client unfurls links itself
/// and uploads the result; the server only stores and serves them.
struct LinkPreview: ResponseCodable {
    var id: UUID
    var url: String
    var title: String?
    var excerpt: String
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

    previews.put(":id") { request, context -> HTTPResponse.Status in
        let id = try context.parameters.require("id", as: UUID.self)
        var preview = try await request.decode(as: LinkPreview.self, context: context)
        preview.id = id
        try await store.put(preview)
        return .noContent
    }
}
