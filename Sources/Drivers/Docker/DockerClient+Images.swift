import Foundation

extension DockerClient {
    package func inspectImage(_ reference: String) async throws -> ImageInfo {
        let wire: DockerWire.ImageInspect = try await json("GET", "/images/\(Self.escape(reference))/json")
        return ImageInfo(
            id: wire.Id, tags: wire.RepoTags ?? [], labels: wire.Config?.Labels ?? [:], sizeBytes: wire.Size ?? 0,
            created: DockerWire.date(wire.Created))
    }

    package func listImages(labels: [String: String]) async throws -> [ImageInfo] {
        var query: [(String, String)] = []
        if !labels.isEmpty {
            query.append(("filters", Self.filters(["label": Self.labelFilter(labels)])))
        }
        let items: [DockerWire.ImageListItem] = try await json("GET", "/images/json", query: query)
        return items.map {
            ImageInfo(
                id: $0.Id, tags: ($0.RepoTags ?? []).filter { $0 != "<none>:<none>" }, labels: $0.Labels ?? [:],
                sizeBytes: $0.Size ?? 0, created: $0.Created.map { Date(timeIntervalSince1970: TimeInterval($0)) })
        }
    }

    package func removeImage(_ reference: String, force: Bool) async throws {
        _ = try await bytes("DELETE", "/images/\(Self.escape(reference))", query: [("force", force ? "1" : "0")])
    }
}
