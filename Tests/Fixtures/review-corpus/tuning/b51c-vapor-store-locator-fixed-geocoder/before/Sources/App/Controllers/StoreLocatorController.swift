import Fluent
import Vapor

struct StoreLocatorController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let stores = routes.grouped("stores")
        stores.get("nearby", use: nearby)
    }

    func nearby(req: Request) async throws -> [StoreDTO] {
        let lat = try req.query.get(Double.self, at: "lat")
        let lon = try req.query.get(Double.self, at: "lon")
        let radiusKm = min(req.query[Double.self, at: "radius"] ?? 10, 50)

        let stores = try await Store.query(on: req.db)
            .filter(\.$isOpen == true)
            .all()

        return stores
            .map { StoreDTO(store: $0, distanceKm: $0.distance(toLat: lat, lon: lon)) }
            .filter { $0.distanceKm <= radiusKm }
            .sorted { $0.distanceKm < $1.distanceKm }
    }
}
