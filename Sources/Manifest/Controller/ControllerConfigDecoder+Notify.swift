import Yams

extension ControllerConfigDecoder {
    static let notifyFields = FieldSet("name", "type", "on", "url", "urlFile", "secretFile", "smtp", "from", "to")
    static let smtpFields = FieldSet("host", "port", "username", "passwordFile", "starttls", "caFile")

    /// The fields each type of target takes, beyond `name`, `type` and `on`.
    private static func notifyFields(of kind: NotifyTarget.Kind) -> Set<String> {
        switch kind {
        case .webhook: ["url", "urlFile", "secretFile"]
        case .slack: ["urlFile"]
        case .email: ["smtp", "from", "to"]
        }
    }

    /// `notify: [{type: webhook|slack|email, ..., on: [...]}]`: the targets berth tells about rollouts and drift.
    /// Targets without a `name` are named by their type (`slack`), numbered from the second of a type (`slack-2`);
    /// names must be unique.
    func decodeNotify(_ node: Node) -> [NotifyTarget] {
        guard let items = reader.list(node, "notify") else { return [] }
        var targets: [NotifyTarget] = []
        var named: [String: String] = [:]
        var counts: [NotifyTarget.Kind: Int] = [:]
        for (index, item) in items.enumerated() {
            let path = "notify[\(index)]"
            guard var target = decodeNotifyTarget(item, path: path) else { continue }
            counts[target.kind, default: 0] += 1
            if target.name.isEmpty {
                let count = counts[target.kind] ?? 1
                target.name = count == 1 ? target.kind.rawValue : "\(target.kind.rawValue)-\(count)"
            }
            if let earlier = named[target.name] {
                sink.report(
                    item, "\(path).name",
                    "\(Shown.quoted(target.name)) names \(earlier) already; give each target its own name")
            }
            named[target.name] = named[target.name] ?? path
            targets.append(target)
        }
        return targets
    }

    private func decodeNotifyTarget(_ node: Node, path: String) -> NotifyTarget? {
        guard let fields = reader.mapping(node, path, Self.notifyFields) else { return nil }
        guard let typeNode = fields["type"] else {
            reader.missing(fields, "type", "webhook, slack or email")
            return nil
        }
        guard let kind: NotifyTarget.Kind = reader.choice(typeNode, fields.path("type"), what: "a notify type") else {
            return nil
        }
        let applicable = Self.notifyFields(of: kind).union(["name", "type", "on"])
        for name in Self.notifyFields.names where fields.has(name) && !applicable.contains(name) {
            let hint =
                kind == .slack && name == "url"
                ? ": a Slack webhook URL is a secret; put it in a file and give urlFile"
                : " (it takes \(Shown.choices(Self.notifyFields(of: kind).sorted())))"
            sink.report(fields.key(name) ?? node, fields.path(name), "does not apply to type \(kind.rawValue)\(hint)")
        }
        var target = NotifyTarget(name: "", kind: kind)
        if let nameNode = fields["name"], let name = reader.string(nameNode, fields.path("name")) {
            if !Names.isDNSLabel(name) {
                sink.report(
                    nameNode, fields.path("name"),
                    "\(Shown.quoted(name)) is not a target name (1-63 of a-z, 0-9 and '-')")
            }
            target.name = name
        }
        if let onNode = fields["on"], let events = notifyEvents(onNode, fields.path("on")) { target.events = events }
        switch kind {
        case .webhook:
            decodeWebhookTarget(fields, into: &target)
        case .slack:
            if let fileNode = fields["urlFile"] {
                target.urlFile = absolutePath(fileNode, fields.path("urlFile"))
            } else if !fields.has("url") {
                reader.missing(fields, "urlFile", "an absolute path to a file holding the incoming webhook URL")
            }
        case .email:
            decodeEmailTarget(fields, into: &target)
        }
        return target
    }

    /// `on: [failure, rollback, drift, success]`: at least one event.
    /// `on`: a list of events, where `always` stands for all of them (`on: always` alone too).
    private func notifyEvents(_ node: Node, _ path: String) -> Set<NotifyTarget.Event>? {
        let all = Set(NotifyTarget.Event.allCases)
        if Self.isAlways(node) { return all }
        guard let items = reader.list(node, path) else { return nil }
        guard !items.isEmpty else {
            let choices = Shown.choices(NotifyTarget.Event.allCases.map(\.rawValue))
            sink.report(node, path, "must hold at least one event (\(choices)); leave the target out to hear nothing")
            return nil
        }
        var events: Set<NotifyTarget.Event> = []
        for (index, item) in items.enumerated() {
            if Self.isAlways(item) {
                events.formUnion(all)
            } else if let event: NotifyTarget.Event = reader.choice(item, "\(path)[\(index)]", what: "an event") {
                events.insert(event)
            }
        }
        return events.isEmpty ? nil : events
    }

    private static func isAlways(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node { scalar.string == "always" } else { false }
    }

    /// `url` or `urlFile` (exactly one), and `secretFile`.
    private func decodeWebhookTarget(_ fields: MappingFields, into target: inout NotifyTarget) {
        switch (fields["url"], fields["urlFile"]) {
        case (let urlNode?, _?):
            sink.report(
                urlNode, fields.path("url"), "url and urlFile exclude each other: give the URL inline or in a file")
        case (let urlNode?, nil):
            target.url = httpURL(urlNode, fields.path("url"))
        case (nil, let fileNode?):
            target.urlFile = absolutePath(fileNode, fields.path("urlFile"))
        case (nil, nil):
            reader.missing(fields, "url", "the http(s) URL events are POSTed to, or urlFile: a file holding it")
        }
        if let secretNode = fields["secretFile"] {
            target.secretFile = absolutePath(secretNode, fields.path("secretFile"))
        }
    }

    /// `smtp`, `from` and `to`, all required.
    private func decodeEmailTarget(_ fields: MappingFields, into target: inout NotifyTarget) {
        if let smtpNode = fields["smtp"] {
            target.smtp = decodeSMTP(smtpNode, fields.path("smtp"))
        } else {
            reader.missing(fields, "smtp", "the mail server: {host: mail.example.com, port: 587}")
        }
        if let fromNode = fields["from"] {
            target.from = mailAddress(fromNode, fields.path("from"))
        } else {
            reader.missing(fields, "from", "the sender address, e.g. berth@example.com")
        }
        guard let toNode = fields["to"] else {
            reader.missing(fields, "to", "a list of recipient addresses, e.g. [ops@example.com]")
            return
        }
        guard let items = reader.list(toNode, fields.path("to")) else { return }
        if items.isEmpty {
            sink.report(toNode, fields.path("to"), "must hold at least one address, e.g. [ops@example.com]")
        }
        target.to = items.enumerated().compactMap { index, item in
            mailAddress(item, "\(fields.path("to"))[\(index)]")
        }
    }

    private func decodeSMTP(_ node: Node, _ path: String) -> SMTPSettings? {
        guard let fields = reader.mapping(node, path, Self.smtpFields) else { return nil }
        guard let hostNode = fields["host"] else {
            reader.missing(fields, "host", "the mail server's host name or address")
            return nil
        }
        guard let host = reader.nonEmptyString(hostNode, fields.path("host")) else { return nil }
        if host.contains(where: { $0 == "/" || $0 == "@" || $0.isWhitespace }) {
            sink.report(hostNode, fields.path("host"), "\(Shown.quoted(host)) is not a host name or address")
        }
        var smtp = SMTPSettings(host: host)
        if let portNode = fields["port"], let port = reader.port(portNode, fields.path("port")) { smtp.port = port }
        if let startNode = fields["starttls"], let starttls = reader.bool(startNode, fields.path("starttls")) {
            smtp.starttls = starttls
        }
        if let userNode = fields["username"] {
            smtp.username = reader.nonEmptyString(userNode, fields.path("username"))
        }
        if let passwordNode = fields["passwordFile"] {
            smtp.passwordFile = absolutePath(passwordNode, fields.path("passwordFile"))
        }
        if fields.has("username") && !fields.has("passwordFile") {
            reader.missing(fields, "passwordFile", "an absolute path to a file holding the password of username")
        } else if let passwordKey = fields.key("passwordFile"), !fields.has("username") {
            sink.report(passwordKey, fields.path("passwordFile"), "needs username: the login the password is for")
        }
        if let caNode = fields["caFile"] {
            if smtp.starttls {
                smtp.caFile = absolutePath(caNode, fields.path("caFile"))
            } else {
                sink.report(
                    caNode, fields.path("caFile"), "applies with starttls: true only; without TLS no CA is checked")
            }
        }
        return smtp
    }

    /// `local@domain`, with no spaces, angle brackets or control characters.
    private func mailAddress(_ node: Node, _ path: String) -> String? {
        guard let text = reader.string(node, path) else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let forbidden = text.unicodeScalars.contains {
            $0.value <= 0x20 || $0.value == 0x7F || "<>,;\"".unicodeScalars.contains($0)
        }
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !forbidden else {
            sink.report(node, path, "\(Shown.value(text)) is not a mail address (expected name@example.com)")
            return nil
        }
        return text
    }
}
