import Fluent
import Vapor

struct StoreLocatorController: RouteCollection {
    private static let geocoderURL: URI = "https://api.mapbox.com/search/geocode/v6/forward"

    private struct GeocodeQuery: Content {
        let q: String
        let country: String
        let types: String
        let limit: Int
        let access_token: String
    }

    private struct GeocodeResponse: Content {
        struct Feature: Content {
            struct Geometry: Content { let coordinates: [Double] }
            let geometry: Geometry
        }
        let features: [Feature]
    }

    func boot(routes: RoutesBuilder) throws {
        let stores = routes.grouped("stores")
        stores.get("nearby", use: nearby)
    }

    func nearby(req: Request) async throws -> [StoreDTO] {
        let (lat, lon) = try await coordinates(for: req)
        let radiusKm = min(req.query[Double.self, at: "radius"] ?? 10, 50)

        let stores = try await Store.query(on: req.db)
            .filter(\.$isOpen == true)
            .all()

        return stores
            .map { StoreDTO(store: $0, distanceKm: $0.distance(toLat: lat, lon: lon)) }
            .filter { $0.distanceKm <= radiusKm }
            .sorted { $0.distanceKm < $1.distanceKm }
    }

    /// Uses ?lat=&lon= when the browser shared a location, otherwise geocodes ?postcode=.
    private func coordinates(for req: Request) async throws -> (Double, Double) {
        if let lat = req.query[Double.self, at: "lat"], let lon = req.query[Double.self, at: "lon"] {
            return (lat, lon)
        }
        guard let postcode = req.query[String.self, at: "postcode"]?.trimmingCharacters(in: .whitespaces),
              !postcode.isEmpty, postcode.count <= 12 else {
            throw Abort(.badRequest, reason: "Provide lat/lon or a postcode")
        }
        guard let token = Environment.get("MAPBOX_TOKEN") else {
            throw Abort(.serviceUnavailable, reason: "Geocoding is not configured")
        }

        let response = try await req.client.get(Self.geocoderURL) { outgoing in
            try outgoing.query.encode(GeocodeQuery(q: postcode, country: "gb", types: "postcode", limit: 1, access_token: token))
        }
        let result = try response.content.decode(GeocodeResponse.self)
        guard let point = result.features.first?.geometry.coordinates, point.count == 2 else {
            throw Abort(.notFound, reason: "Unknown postcode")
        }
        return (point[1], point[0])
    }
}
