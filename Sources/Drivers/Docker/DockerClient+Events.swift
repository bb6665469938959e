import Foundation

extension DockerClient {
    package func events(_ filter: EventFilter) async throws -> EngineStream<EngineEvent> {
        let filters = Self.filters([
            "label": Self.labelFilter(filter.labels), "type": filter.types, "event": filter.actions,
        ])
        let response = try await send("GET", "/events", query: [("filters", filters)], streaming: true)
        let request = describe("GET", "/events")
        let wire = DecodedBody(response.body, decoder: JSONLineDecoder<DockerWire.Event>()) {
            Self.engineError($0, request: request)
        }
        return EngineStream(EventSequence(base: wire))
    }
}

/// Engine events from their wire shape.
private struct EventSequence: AsyncSequence, Sendable {
    typealias Element = EngineEvent

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: DecodedBody<JSONLineDecoder<DockerWire.Event>>.AsyncIterator

        mutating func next() async throws -> EngineEvent? {
            guard let event = try await base.next() else { return nil }
            let time =
                event.timeNano.map { Date(timeIntervalSince1970: Double($0) / 1e9) }
                ?? Date(timeIntervalSince1970: TimeInterval(event.time ?? 0))
            return EngineEvent(
                type: event.Type ?? "", action: event.Action ?? "", actorID: event.Actor?.ID ?? "",
                attributes: event.Actor?.Attributes ?? [:], time: time)
        }
    }

    let base: DecodedBody<JSONLineDecoder<DockerWire.Event>>

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator())
    }
}
