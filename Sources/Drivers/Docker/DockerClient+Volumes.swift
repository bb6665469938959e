extension DockerClient {
    package func createVolume(name: String, labels: [String: String]) async throws -> VolumeInfo {
        let body = try Self.jsonBody(DockerWire.VolumeCreate(Name: name, Labels: labels))
        return Self.volume(try await json("POST", "/volumes/create", body: body))
    }

    package func listVolumes(labels: [String: String]) async throws -> [VolumeInfo] {
        var query: [(String, String)] = []
        if !labels.isEmpty {
            query.append(("filters", Self.filters(["label": Self.labelFilter(labels)])))
        }
        let list: DockerWire.VolumeList = try await json("GET", "/volumes", query: query)
        return (list.Volumes ?? []).map(Self.volume).sorted { $0.name < $1.name }
    }

    package func inspectVolume(_ name: String) async throws -> VolumeInfo {
        Self.volume(try await json("GET", "/volumes/\(Self.escape(name))"))
    }

    package func removeVolume(_ name: String) async throws {
        _ = try await bytes("DELETE", "/volumes/\(Self.escape(name))")
    }

    package func inspectNetwork(_ idOrName: String) async throws -> NetworkInfo {
        let wire: DockerWire.Network = try await json("GET", "/networks/\(Self.escape(idOrName))")
        return NetworkInfo(
            id: wire.Id, name: wire.Name, driver: wire.Driver ?? "", scope: wire.Scope ?? "", labels: wire.Labels ?? [:]
        )
    }

    private static func volume(_ wire: DockerWire.Volume) -> VolumeInfo {
        VolumeInfo(
            name: wire.Name, driver: wire.Driver ?? "", mountpoint: wire.Mountpoint ?? "", labels: wire.Labels ?? [:])
    }
}
