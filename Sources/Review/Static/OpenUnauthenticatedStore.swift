import Manifest

/// `infra.database-without-password` for a data store whose authentication the change switches off while the same
/// file exposes it beyond the host or cluster: Elasticsearch's `xpack.security.enabled=false` beside a port published
/// on every interface (`"9200:9200"`) or `network.host: 0.0.0.0` in its own configuration, a Helm chart's `auth:
/// enabled: false` beside a `LoadBalancer` service. Anyone who can reach the address reads and deletes the data.
/// Authentication off behind a port bound to `127.0.0.1` or a cluster-internal service is a development or in-cluster
/// setup, not a finding.
struct OpenUnauthenticatedStore: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard let first = lines.indices.first(where: { lines[$0].isAdded && Self.switchesAuthOff(at: $0, in: lines) }),
            let exposure = lines.first(where: {
                Self.publishedToAll.matches($0.text) || Self.publicService.matches($0.text)
                    || Self.boundToAll.matches($0.text)
            })
        else { return [] }
        return [
            file.finding(
                "infra.database-without-password", .high, on: lines[first],
                message: "the data store's authentication is switched off while line \(exposure.number) exposes it "
                    + "beyond this host; keep authentication on, or bind it to 127.0.0.1 or a private network",
                content: lines[first].text)
        ]
    }

    /// Whether line `index` switches a store's authentication off: `xpack.security.enabled=false`, Redis's
    /// `protected-mode no`, or `enabled: false` directly under an `auth:` key.
    private static func switchesAuthOff(at index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let text = lines[index].text
        if authSetOff.matches(text) { return true }
        guard enabledOff.matches(text), let parent = ChangedFile.enclosingLine(of: index, in: lines) else {
            return false
        }
        return parent.text.trimmedLine == "auth:" || parent.text.trimmedLine == "authentication:"
    }

    private static let authSetOff = LinePattern(
        #"(?i)\bxpack\.security\.enabled["']?\s*[=:]\s*["']?false\b|\bprotected-mode\s+no\b"#)
    private static let enabledOff = LinePattern(#"^\s*enabled\s*:\s*["']?false\b"#)
    /// A compose port published on every interface: `"9200:9200"`, `- 6379:6379`, `0.0.0.0:27017:27017`.
    private static let publishedToAll = LinePattern(
        #"^\s*-\s*["']?(?:0\.0\.0\.0:)?(?:9200|9300|6379|27017|5432|3306|5984|8086|9042|11211):\d+(?:/tcp)?["']?\s*$"#)
    /// The store's own listener bound to every interface: Elasticsearch's `network.host: 0.0.0.0` (or `_global_`),
    /// `http.host: 0.0.0.0`.
    private static let boundToAll = LinePattern(
        #"^\s*(?:network|http)\.(?:bind_)?host\s*[:=]\s*["']?(?:0\.0\.0\.0|_global_|::)["']?\s*(?:#.*)?$"#)
    /// A Kubernetes service reachable from outside the cluster: `type: LoadBalancer`, an internet-facing load balancer.
    private static let publicService = LinePattern(
        #"^\s*type\s*:\s*["']?LoadBalancer\b|aws-load-balancer-scheme["']?\s*:\s*["']?internet-facing"#)
}
