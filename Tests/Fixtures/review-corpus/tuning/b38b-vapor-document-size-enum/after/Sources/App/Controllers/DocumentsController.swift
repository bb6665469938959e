import Fluent
import Vapor

/// Serves scanned documents for a claim. Files live under
/// `<documentsRoot>/<storageKey>/` where storageKey is a UUID assigned at upload.
struct DocumentsController: RouteCollection {
    /// Renditions produced by the OCR worker next to source.pdf.
    enum PreviewSize: String, Decodable {
        case source
        case page1 = "page-1"
        case thumbnail

        var fileName: String {
            switch self {
            case .source: return "source.pdf"
            case .page1: return "page-1.png"
            case .thumbnail: return "thumbnail.png"
            }
        }
    }

    private struct FileQuery: Decodable {
        var size: PreviewSize?
    }

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
        let size: PreviewSize
        do {
            size = try req.query.decode(FileQuery.self).size ?? .source
        } catch {
            throw Abort(.badRequest, reason: "size must be one of source, page-1, thumbnail")
        }
        let fileURL = directory.appendingPathComponent(size.fileName)

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
