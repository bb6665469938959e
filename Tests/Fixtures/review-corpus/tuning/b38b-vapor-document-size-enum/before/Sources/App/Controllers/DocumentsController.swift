import Fluent
import Vapor

/// Serves scanned documents for a claim. Files live under
/// `<documentsRoot>/<storageKey>/` where storageKey is a UUID assigned at upload.
struct DocumentsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let claims = routes.grouped("claims", ":claimID", "documents")
        claims.get(use: index)
        claims.get(":documentID", "file", use: file)
    }

    func index(req: Request) async throws -> [DocumentDTO] {
        let claim = try await loadClaim(req)
        return try await claim.$documents.query(on: req.db)
            .sort(\.$createdAt, .descending)
            .all()
            .map(DocumentDTO.init)
    }

    func file(req: Request) async throws -> Response {
        let claim = try await loadClaim(req)
        guard let documentID = req.parameters.get("documentID", as: UUID.self),
              let document = try await claim.$documents.query(on: req.db)
                .filter(\.$id == documentID)
                .first() else {
            throw Abort(.notFound)
        }

        let directory = req.application.documentsRoot
            .appendingPathComponent(document.storageKey.uuidString, isDirectory: true)
        let fileURL = directory.appendingPathComponent("source.pdf")

        let response = req.fileio.streamFile(at: fileURL.path)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=300")
        return response
    }

    private func loadClaim(_ req: Request) async throws -> Claim {
        let adjuster = try req.auth.require(Adjuster.self)
        guard let claimID = req.parameters.get("claimID", as: UUID.self),
              let claim = try await Claim.find(claimID, on: req.db) else {
            throw Abort(.notFound)
        }
        guard claim.$region.id == adjuster.$region.id || adjuster.isSupervisor else {
            throw Abort(.forbidden)
        }
        return claim
    }
}
