import Foundation
import Manifest
import Testing

/// `notify` in the controller config: targets of each type, their defaults, and every mistake located.
@Suite struct NotifyConfigTests {
    private static let repo =
        "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://git.example.com/a/b.git}\n"

    private static func parse(_ notify: String) throws -> ControllerConfig {
        try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data((repo + notify + "\n").utf8)))
    }

    /// The messages parsing `notify` reports, one per line.
    private static func errors(_ notify: String) -> String {
        do {
            _ = try parse(notify)
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func everyTypeDecodesWithItsDefaults() throws {
        let config = try Self.parse(
            """
            notify:
              - {type: webhook, url: "https://hooks.example.com/berth?x=1", secretFile: /etc/berth/notify-secret}
              - {type: slack, urlFile: /etc/berth/slack-url, on: [failure, drift, success]}
              - type: email
                name: ops-mail
                smtp: {host: mail.example.com, username: berth, passwordFile: /etc/berth/smtp-password, caFile: /etc/berth/ca.pem}
                from: berth@example.com
                to: [ops@example.com, dev@example.com]
              - {type: webhook, urlFile: /etc/berth/second-hook}
            """)
        #expect(config.notify.map(\.name) == ["webhook", "slack", "ops-mail", "webhook-2"])
        let hook = config.notify[0]
        #expect(hook.kind == .webhook && hook.url == "https://hooks.example.com/berth?x=1")
        #expect(hook.secretFile == "/etc/berth/notify-secret")
        #expect(hook.events == [.failure, .rollback], "the default filter is failure and rollback")
        #expect(config.notify[1].events == [.failure, .drift, .success])
        #expect(config.notify[1].urlFile == "/etc/berth/slack-url")
        let mail = config.notify[2]
        #expect(mail.smtp?.host == "mail.example.com" && mail.smtp?.port == 587 && mail.smtp?.starttls == true)
        #expect(mail.smtp?.username == "berth" && mail.smtp?.passwordFile == "/etc/berth/smtp-password")
        #expect(mail.smtp?.caFile == "/etc/berth/ca.pem")
        #expect(mail.from == "berth@example.com" && mail.to == ["ops@example.com", "dev@example.com"])
        #expect(config.notify[3].urlFile == "/etc/berth/second-hook")
        #expect(try Self.parse("").notify.isEmpty, "no notify, no targets")
    }

    @Test func alwaysHearsEveryEvent() throws {
        let config = try Self.parse(
            """
            notify:
              - {type: slack, urlFile: /etc/berth/slack-url, on: always}
              - {type: webhook, urlFile: /etc/berth/hook, on: [always]}
              - {type: webhook, urlFile: /etc/berth/hook-2, on: [drift, always]}
            """)
        #expect(config.notify.allSatisfy { $0.events == Set(NotifyTarget.Event.allCases) })
    }

    @Test(arguments: [
        (
            "notify: [{type: pager, url: \"http://x.example.com\"}]",
            "berth.yaml:4:17: notify[0].type: \"pager\" is not a notify type (webhook, slack or email)"
        ),
        (
            "notify: [{url: \"http://x.example.com\"}]",
            "berth.yaml:4:10: notify[0].type: is required (webhook, slack or email)"
        ),
        (
            "notify: [{type: slack, url: \"https://hooks.slack.com/services/T0/B0/secret\"}]",
            "berth.yaml:4:24: notify[0].url: does not apply to type slack: a Slack webhook URL is a secret; put it in a file and give urlFile"
        ),
        (
            "notify: [{type: slack}]",
            "berth.yaml:4:10: notify[0].urlFile: is required (an absolute path to a file holding the incoming webhook URL)"
        ),
        (
            "notify: [{type: webhook}]",
            "berth.yaml:4:10: notify[0].url: is required (the http(s) URL events are POSTed to, or urlFile: a file holding it)"
        ),
        (
            "notify: [{type: webhook, url: \"ftp://x.example.com\"}]",
            "berth.yaml:4:31: notify[0].url: \"ftp://x.example.com\" is not an http:// or https:// URL"
        ),
        (
            "notify: [{type: webhook, url: \"http://x.example.com\", urlFile: /etc/u}]",
            "berth.yaml:4:31: notify[0].url: url and urlFile exclude each other: give the URL inline or in a file"
        ),
        (
            "notify: [{type: webhook, url: \"http://x.example.com\", on: [failure, outage]}]",
            "berth.yaml:4:69: notify[0].on[1]: \"outage\" is not an event (failure, rollback, drift or success)"
        ),
        (
            "notify: [{type: webhook, url: \"http://x.example.com\", on: []}]",
            "berth.yaml:4:59: notify[0].on: must hold at least one event (failure, rollback, drift or success); leave the target out to hear nothing"
        ),
        (
            "notify: [{type: webhook, url: \"http://x.example.com\", from: a@example.com}]",
            "berth.yaml:4:55: notify[0].from: does not apply to type webhook (it takes secretFile, url or urlFile)"
        ),
        (
            "notify: [{type: webhook, url: \"http://x.example.com\", secretFile: secret}]",
            "berth.yaml:4:67: notify[0].secretFile: \"secret\""
        ),
        (
            "notify: [{type: email, smtp: {host: m.example.com}, from: berth, to: [ops@example.com]}]",
            "berth.yaml:4:59: notify[0].from: \"berth\" is not a mail address (expected name@example.com)"
        ),
        (
            "notify: [{type: email, smtp: {host: m.example.com}, from: b@example.com, to: []}]",
            "berth.yaml:4:78: notify[0].to: must hold at least one address, e.g. [ops@example.com]"
        ),
        (
            "notify: [{type: email, from: b@example.com, to: [o@example.com]}]",
            "berth.yaml:4:10: notify[0].smtp: is required (the mail server: {host: mail.example.com, port: 587})"
        ),
        (
            "notify: [{type: email, smtp: {host: m.example.com, port: 70000}, from: b@example.com, to: [o@example.com]}]",
            "berth.yaml:4:58: notify[0].smtp.port: 70000 is not a port (1-65535)"
        ),
        (
            "notify: [{type: email, smtp: {host: m.example.com, username: berth}, from: b@example.com, to: [o@example.com]}]",
            "berth.yaml:4:30: notify[0].smtp.passwordFile: is required (an absolute path to a file holding the password of username)"
        ),
        (
            "notify: [{type: email, smtp: {host: m.example.com, starttls: false, caFile: /etc/ca.pem}, from: b@example.com, to: [o@example.com]}]",
            "berth.yaml:4:77: notify[0].smtp.caFile: applies with starttls: true only; without TLS no CA is checked"
        ),
        (
            "notify: [{type: slack, urlFile: /a}, {type: slack, urlFile: /b, name: slack}]",
            "berth.yaml:4:38: notify[1].name: \"slack\" names notify[0] already; give each target its own name"
        ),
        (
            "notify: {type: slack}",
            "berth.yaml:4:9: notify: expected a list, found a mapping"
        ),
    ])
    func mistakesAreLocated(_ notify: String, _ message: String) {
        let errors = Self.errors(notify)
        #expect(errors.contains(message), "\(errors)")
    }
}
