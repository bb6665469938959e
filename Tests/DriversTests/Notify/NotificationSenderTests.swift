import Drivers
import Foundation
import Manifest
import TestSupport
import Testing

/// The senders against real receivers on 127.0.0.1: a webhook receiver that checks the signature, a Slack-shaped
/// one, and an SMTP server (aiosmtpd) that requires STARTTLS and a login; and what their errors show.
@Suite struct NotificationSenderTests {
    static let event = DeploymentEvent(
        event: .failure, deployment: "web", generation: 12, result: "failed",
        reason: "failed at health: /healthz answered 503\nthree times",
        configCommit: "4b1a2c3d4e5f60718293a4b5c6d7e8f901234567",
        appCommit: "9f2c1a0b3c4d5e6f708192a3b4c5d6e7f8091a2b", runURL: "http://127.0.0.1:8088/runs/41",
        time: Date(timeIntervalSince1970: 1_796_000_000))

    @Test func theWebhookBodyIsTheEventSignedWithTheSecret() async throws {
        let receiver = try NotificationReceiver()
        let sender = try WebhookNotificationSender(url: receiver.url("/hooks/berth?team=ops"), secret: receiver.secret)
        try await sender.send(Self.event)
        let post = try #require(try receiver.received().first)
        #expect(post.verified, "X-Berth-Signature-256 is HMAC-SHA256 of the body: \(post.headers)")
        #expect(post.path == "/hooks/berth?team=ops")
        #expect(post.headers["Content-Type"] == "application/json")
        let json = post.json
        #expect(json["event"] as? String == "failure" && json["deployment"] as? String == "web")
        #expect(json["generation"] as? Int == 12 && json["result"] as? String == "failed")
        #expect(json["reason"] as? String == "failed at health: /healthz answered 503\nthree times")
        #expect(json["configCommit"] as? String == Self.event.configCommit)
        #expect(json["appCommit"] as? String == Self.event.appCommit)
        #expect(json["runURL"] as? String == "http://127.0.0.1:8088/runs/41")
        #expect(json["time"] as? String == "2026-11-30T00:53:20Z")
        #expect(sender.destination == "http://127.0.0.1:\(receiver.port)", "the path is never shown")
    }

    @Test func theSignatureIsHMACSHA256OfTheBody() {
        // RFC 4231-style known answer: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
        #expect(
            BodySignature.sign(Array("The quick brown fox jumps over the lazy dog".utf8), secret: "key")
                == "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")
    }

    @Test func slackGetsOneReadableLine() async throws {
        let receiver = try NotificationReceiver()
        try await SlackNotificationSender(url: receiver.url("/services/T000/B000/s3cr3t")).send(Self.event)
        let post = try #require(try receiver.received().first)
        #expect(post.json.keys.sorted() == ["text"])
        #expect(
            post.json["text"] as? String
                == "berth: web failure — generation 12 failed: failed at health: /healthz answered 503 three times "
                + "(config 4b1a2c3d4e5f, app 9f2c1a0b3c4d) http://127.0.0.1:8088/runs/41")
        #expect(post.headers["X-Berth-Signature-256"] == nil)
    }

    @Test func aDownOrRefusingReceiverIsAnErrorWithoutTheSecretPath() async throws {
        let closed = try #require(LoopbackListener())
        let port = closed.port
        closed.close()
        let down = try SlackNotificationSender(url: "http://127.0.0.1:\(port)/services/T000/B000/s3cr3t")
        let refused = await #expect(throws: NotificationError.self) { try await down.send(Self.event) }
        #expect(refused?.isPermanent == false)
        #expect(refused?.message.hasPrefix("POST http://127.0.0.1:\(port):") == true, "\(String(describing: refused))")
        #expect(refused?.message.contains("s3cr3t") == false && refused?.message.contains("/services") == false)

        let busy = try NotificationReceiver(failFirst: 1)
        let unavailable = await #expect(throws: NotificationError.self) {
            try await SlackNotificationSender(url: busy.url("/services/x/s3cr3t")).send(Self.event)
        }
        #expect(unavailable?.message == "POST http://127.0.0.1:\(busy.port) answered 503")
        #expect(unavailable?.isPermanent == false, "5xx is worth another attempt")
        #expect(throws: NotificationError.self) {
            try WebhookNotificationSender(url: "mailto:x@example.com", secret: nil)
        }
    }

    @Test func mailGoesOverStartTLSWithALogin() async throws {
        let server = try SMTPTestServer()
        let mailer = SMTPMailer(
            server: .init(
                host: "127.0.0.1", port: server.port, username: server.username, password: server.password,
                starttls: true, caFile: server.caFile))
        let sender = EmailNotificationSender(
            mailer: mailer, from: "berth@example.com", to: ["ops@example.com", "dev@example.com"])
        try await sender.send(Self.event)
        let mail = try #require(try server.received().first)
        #expect(mail.tls && mail.login == server.username)
        #expect(mail.from == "berth@example.com" && mail.recipients == ["ops@example.com", "dev@example.com"])
        #expect(mail.content.contains("\r\nSubject: berth: web failure — generation 12 failed: failed at health:"))
        #expect(
            mail.content.contains("\r\ndeployment: web\r\n")
                && mail.content.contains("\r\nrun: http://127.0.0.1:8088/runs/41\r\n"))
        #expect(mail.content.contains("\r\nthree times\r\n"), "the reason's lines are the body's")
        #expect(sender.destination == "smtp://127.0.0.1:\(server.port)")
    }

    @Test func mailRefusesAServerItCannotTrust() async throws {
        let server = try SMTPTestServer()
        let mailer = SMTPMailer(
            server: .init(
                host: "127.0.0.1", port: server.port, username: server.username, password: server.password,
                starttls: true),
            timeout: .seconds(10))
        let sender = EmailNotificationSender(mailer: mailer, from: "berth@example.com", to: ["ops@example.com"])
        let error = await #expect(throws: NotificationError.self) { try await sender.send(Self.event) }
        #expect(
            error?.message.hasPrefix("mail to smtp://127.0.0.1:\(server.port): ") == true,
            "\(String(describing: error))")
        #expect(error?.message.contains(server.password) == false)
        #expect(try server.received().isEmpty, "no mail without a verified certificate")
    }

    @Test func starttlsFalseSendsInPlainTextAndTrueRefusesAServerWithoutIt() async throws {
        let server = try SMTPTestServer(secure: false)
        let plain = SMTPMailer(server: .init(host: "127.0.0.1", port: server.port, starttls: false))
        try await EmailNotificationSender(mailer: plain, from: "berth@example.com", to: ["ops@example.com"])
            .send(Self.event)
        let mail = try #require(try server.received().first)
        #expect(!mail.tls && mail.login == nil && mail.recipients == ["ops@example.com"])

        let insisting = SMTPMailer(server: .init(host: "127.0.0.1", port: server.port, starttls: true))
        let error = await #expect(throws: NotificationError.self) {
            try await EmailNotificationSender(mailer: insisting, from: "berth@example.com", to: ["ops@example.com"])
                .send(Self.event)
        }
        #expect(error?.message.hasPrefix("mail to smtp://127.0.0.1:\(server.port): ") == true)
        #expect(try server.received().count == 1, "starttls: true sends nothing to a server without STARTTLS")
    }
}
