import Yams

extension DeploymentDecoder {
    static let routeFields = FieldSet("host", "path", "drain")
    static let rolloutFields = FieldSet("watch", "failureThreshold", "parallelism", "delay", "failureAction", "monitor")

    /// `spec.route`: a host name, a path prefix (default `/`) and a drain time (default 10 s). `ports` is `nil`
    /// when `spec.ports` is invalid, and the port check is then skipped.
    func decodeRoute(_ node: Node, ports: [PortMapping]?, network: NetworkMode) -> Route? {
        guard let fields = reader.mapping(node, "spec.route", Self.routeFields) else { return nil }
        var host: String?
        if let hostNode = fields["host"] {
            host = reader.string(hostNode, "spec.route.host")
            if let text = host, !Names.isHostName(text) {
                sink.report(
                    hostNode, "spec.route.host",
                    "\(Shown.value(text)) is not a host name (lower-case DNS "
                        + "labels separated by '.', e.g. web.example.com)")
                host = nil
            }
        } else {
            reader.missing(fields, "host", "the host name to route, e.g. web.example.com")
        }
        let path = fields["path"].map(decodeRoutePath) ?? Route.defaultPath
        let drain =
            fields["drain"].map { drainNode in
                reader.duration(drainNode, "spec.route.drain", positive: false).flatMap {
                    atMost($0, Route.maximumDrain, "10m", at: drainNode, "spec.route.drain")
                }
            } ?? Route.defaultDrain
        guard let host, let path, let drain else { return nil }
        if ports?.isEmpty == true && network != .host {
            sink.report(node, "spec.route", "has no port to route to: add spec.ports")
            return nil
        }
        return Route(host: host, path: path, drain: drain)
    }

    /// A path prefix: `/`, or `/` followed by non-empty segments other than `.` and `..`, without a trailing `/`,
    /// and none of `*`, `?`, `#`, spaces or control characters.
    private func decodeRoutePath(_ node: Node) -> String? {
        guard let text = reader.string(node, "spec.route.path") else { return nil }
        guard let problem = Self.routePathProblem(text) else { return text }
        var message =
            "\(Shown.quoted(text)) \(problem) (a path prefix: '/' or '/' and segments, without a trailing '/', "
            + "'.' or '..' segments, '*', '?', '#' or spaces, e.g. /api)"
        if text.count > 1, text.hasSuffix("/"), Self.routePathProblem(String(text.dropLast())) == nil {
            message += "; did you mean \"\(text.dropLast())\"?"
        }
        sink.report(node, "spec.route.path", message)
        return nil
    }

    /// Why `text` is not a route path prefix, or `nil` when it is.
    static func routePathProblem(_ text: String) -> String? {
        guard text.hasPrefix("/") else { return "does not start with '/'" }
        if text == "/" { return nil }
        if let bad = text.unicodeScalars.first(where: { "*?#".unicodeScalars.contains($0) }) {
            return "contains '\(bad)': the router matches a plain prefix"
        }
        if text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
            return "contains spaces or control characters"
        }
        if text.hasSuffix("/") { return "ends with '/'" }
        let segments = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return "has a '.' or '..' segment" }
        if segments.contains(where: \.isEmpty) { return "has an empty segment ('//')" }
        return nil
    }

    /// `spec.rollout`: the watch after cutover (without `watch` there is none, and `failureThreshold` is kept but
    /// has no effect), and Swarm's update settings; ``checkRuntime(_:)`` refuses those on runtime `docker`.
    func decodeRollout(_ node: Node) -> RolloutPolicy? {
        guard let fields = reader.mapping(node, "spec.rollout", Self.rolloutFields) else { return nil }
        var policy = RolloutPolicy.default
        var valid = true
        if let watchNode = fields["watch"] {
            if let watch = reader.duration(watchNode, "spec.rollout.watch").flatMap({
                atMost($0, RolloutPolicy.maximumWatch, "1h", at: watchNode, "spec.rollout.watch")
            }) {
                policy.watch = watch
            } else {
                valid = false
            }
        }
        if let thresholdNode = fields["failureThreshold"] {
            if let threshold = reader.int(
                thresholdNode, "spec.rollout.failureThreshold", 1...RolloutPolicy.maximumFailureThreshold,
                what: "a number of failed probes in a row")
            {
                policy.failureThreshold = threshold
            } else {
                valid = false
            }
        }
        if let node = fields["parallelism"] {
            if let value = reader.int(
                node, "spec.rollout.parallelism", 0...RolloutPolicy.maximumParallelism,
                what: "a number of tasks updated at once (0 for all)")
            {
                policy.parallelism = value
            } else {
                valid = false
            }
        }
        for (name, keyPath) in [("delay", \RolloutPolicy.delay), ("monitor", \RolloutPolicy.monitor)] {
            guard let node = fields[name] else { continue }
            let path = "spec.rollout." + name
            if let value = reader.duration(node, path, positive: false).flatMap({
                atMost($0, RolloutPolicy.maximumWatch, "1h", at: node, path)
            }) {
                policy[keyPath: keyPath] = value
            } else {
                valid = false
            }
        }
        if let node = fields["failureAction"] {
            if let action: RolloutPolicy.FailureAction = reader.choice(
                node, "spec.rollout.failureAction", what: "a failure action")
            {
                policy.failureAction = action
            } else {
                valid = false
            }
        }
        return valid ? policy : nil
    }

    /// `duration` when it is at most `maximum`; otherwise reports it at `node`.
    private func atMost(_ duration: Duration, _ maximum: Duration, _ shown: String, at node: Node, _ path: String)
        -> Duration?
    {
        guard duration > maximum else { return duration }
        sink.report(node, path, "\(Shown.value(node.scalar?.string ?? "")) is too long (at most \(shown))")
        return nil
    }
}
