import Yams

extension ControllerConfigDecoder {
    static let routerFields = FieldSet("type", "admin", "manage", "image", "listen", "tls")
    static let routerListenFields = FieldSet("http", "https")
    static let routerTLSFields = FieldSet("mode", "email")
    /// Fields of wave 1's `router`, with the field that replaced each.
    static let renamedRouterFields = ["adminURL": "router.admin"]
    /// Admin API hosts a managed Caddy may listen on: it runs with host networking.
    static let loopbackHosts: Set<String> = ["127.0.0.1", "::1", "localhost"]

    /// The values of `router.tls.mode`.
    private enum TLSMode: String, CaseIterable {
        case acme
        case `internal`
        case off
    }

    /// `router`: `type: none` (the default) or `type: caddy` with its settings, each defaulted.
    func decodeRouter(_ node: Node) -> RouterConfig? {
        guard
            let fields = reader.mapping(node, "router", Self.routerFields, renamed: Self.renamedRouterFields)
        else { return nil }
        if let typeNode = fields["type"] {
            guard let type = reader.string(typeNode, "router.type") else { return nil }
            switch type {
            case "caddy": return decodeCaddy(fields)
            case "none": break
            default:
                sink.report(typeNode, "router.type", "\(Shown.value(type)) is not a router type (none or caddy)")
                return nil
            }
        }
        var valid = true
        for name in Self.routerFields.names where name != "type" {
            guard let key = fields.key(name) else { continue }
            sink.report(key, fields.path(name), "applies only to type caddy (add type: caddy, or remove it)")
            valid = false
        }
        return valid ? RouterConfig.none : nil
    }

    private func decodeCaddy(_ fields: MappingFields) -> RouterConfig? {
        var settings = CaddySettings()
        var valid = true
        if let node = fields["manage"] {
            if let manage = reader.bool(node, "router.manage") { settings.manage = manage } else { valid = false }
        }
        if let node = fields["admin"] {
            if let admin = decodeAdmin(node, managed: settings.manage) { settings.admin = admin } else { valid = false }
        }
        if let node = fields["image"] {
            if let image = reader.string(node, "router.image") {
                if ImageReference.isValid(image) {
                    settings.image = image
                } else {
                    sink.report(
                        node, "router.image",
                        "\(Shown.quoted(image)) is not an image reference (\(ImageReference.help))")
                    valid = false
                }
            } else {
                valid = false
            }
        }
        if let node = fields["tls"] {
            if let tls = decodeRouterTLS(node) { settings.tls = tls } else { valid = false }
        }
        if let node = fields["listen"] {
            if let listen = decodeRouterListen(node, tls: valid ? settings.tls : nil) {
                settings.listen = listen
            } else {
                valid = false
            }
        }
        return valid ? .caddy(settings) : nil
    }

    /// `router.admin`: `http://HOST:PORT` without a path (a trailing `/` is dropped); loopback when `managed`.
    private func decodeAdmin(_ node: Node, managed: Bool) -> String? {
        guard let text = reader.string(node, "router.admin") else { return nil }
        let help = "http://HOST:PORT, e.g. \(CaddySettings.defaultAdmin)"
        guard text.hasPrefix("http://") else {
            let problem =
                text.hasPrefix("https://")
                ? "uses https; berth speaks plain http to Caddy's admin API" : "is not an http:// URL"
            sink.report(node, "router.admin", "\(Shown.value(text)) \(problem) (\(help))")
            return nil
        }
        var authority = text.dropFirst(7)
        if authority.hasSuffix("/") { authority = authority.dropLast() }
        if let cut = authority.firstIndex(where: { "/?#".contains($0) }), cut != authority.startIndex {
            sink.report(
                node, "router.admin",
                "\(Shown.value(text)) has a path; give only the API's base URL, berth adds the paths (\(help))")
            return nil
        }
        guard let host = Self.hostAndPort(String(authority))?.host else {
            sink.report(
                node, "router.admin",
                "\(Shown.value(text)) is not a Caddy admin URL (\(help), with a port 1-65535)")
            return nil
        }
        if managed && !Self.loopbackHosts.contains(host) {
            sink.report(
                node, "router.admin",
                "\(Shown.value(text)): a managed Caddy runs with host networking, so its admin API must stay on "
                    + "loopback (127.0.0.1, ::1 or localhost); set manage: false to drive a Caddy that runs elsewhere")
            return nil
        }
        return "http://" + authority
    }

    private func decodeRouterTLS(_ node: Node) -> RouterTLS? {
        guard let fields = reader.mapping(node, "router.tls", Self.routerTLSFields) else { return nil }
        var mode = TLSMode.off
        if let modeNode = fields["mode"] {
            guard let value: TLSMode = reader.choice(modeNode, "router.tls.mode", what: "a TLS mode") else {
                return nil
            }
            mode = value
        }
        var email: String?
        if let emailNode = fields["email"] {
            guard mode == .acme else {
                sink.report(
                    fields.key("email") ?? emailNode, "router.tls.email",
                    "applies only to mode acme (the ACME account's contact); tls.mode is \(mode.rawValue)")
                return nil
            }
            guard let text = reader.string(emailNode, "router.tls.email") else { return nil }
            guard Self.isEmail(text) else {
                sink.report(
                    emailNode, "router.tls.email", "\(Shown.value(text)) is not an email address (e.g. ops@example.com)"
                )
                return nil
            }
            email = text
        }
        switch mode {
        case .off: return .off
        case .internal: return .internal
        case .acme: return .acme(email: email)
        }
    }

    /// `router.listen`: each address `[HOST]:PORT` or null; `tls`, when known, decides which one must be there.
    private func decodeRouterListen(_ node: Node, tls: RouterTLS?) -> RouterListen? {
        guard let fields = reader.mapping(node, "router.listen", Self.routerListenFields) else { return nil }
        var listen = RouterListen()
        var valid = true
        for name in ["http", "https"] {
            guard let addressNode = fields[name] else { continue }
            let path = fields.path(name)
            var address: String?
            if !NodeReader.isNull(addressNode) {
                guard let text = reader.string(addressNode, path) else {
                    valid = false
                    continue
                }
                guard let parsed = Self.listenAddress(text) else {
                    sink.report(
                        addressNode, path,
                        "\(Shown.value(text)) is not an address to listen on ([HOST]:PORT with a port 1-65535, "
                            + "e.g. :80 or 127.0.0.1:8080; null turns it off)")
                    valid = false
                    continue
                }
                address = parsed
            }
            if name == "http" { listen.http = address } else { listen.https = address }
        }
        if let http = listen.http, let https = listen.https, let httpPort = Self.listenPort(http),
            httpPort == Self.listenPort(https), let httpsNode = fields["https"]
        {
            sink.report(
                httpsNode, "router.listen.https", "uses port \(httpPort), as listen.http does; give them two ports")
            valid = false
        }
        switch tls {
        case .off where listen.http == nil:
            if let httpNode = fields["http"] {
                sink.report(
                    httpNode, "router.listen.http",
                    "is null, but tls.mode off serves plain HTTP on it: give an address such as :80, "
                        + "or set tls.mode to internal or acme")
                valid = false
            }
        case .internal where listen.https == nil, .acme where listen.https == nil:
            if let httpsNode = fields["https"] {
                sink.report(
                    httpsNode, "router.listen.https",
                    "is null, but TLS is on (tls.mode \(tls == .internal ? "internal" : "acme")) and served here: "
                        + "give an address such as :443, or set tls.mode to off")
                valid = false
            }
        default: break
        }
        return valid ? listen : nil
    }

    /// `text` when it is `[HOST]:PORT`: `:80`, `0.0.0.0:80`, `[::]:443`, `localhost:8080`.
    static func listenAddress(_ text: String) -> String? {
        if text.hasPrefix(":") {
            guard let port = Int(text.dropFirst()), (1...65535).contains(port), text.dropFirst().allSatisfy(\.isNumber)
            else { return nil }
            return text
        }
        return hostAndPort(text) == nil ? nil : text
    }

    private static func listenPort(_ address: String) -> Int? {
        address.lastIndex(of: ":").flatMap { Int(address[address.index(after: $0)...]) }
    }

    private static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && Names.isHostName(String(parts[1]).lowercased())
            && !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F }
    }
}
