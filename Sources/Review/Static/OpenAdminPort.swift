import Manifest

/// `infra.open-admin-port` for a firewall or security-group rule that lets the whole internet (`0.0.0.0/0`, `::/0`,
/// Azure's `"*"`, `"Internet"` or `"Any"`) reach a port that administers a machine or holds data: SSH, RDP, VNC,
/// telnet, database, cache, search, Docker's and the kubelet's APIs, or every port. Terraform's AWS `ingress { … }`
/// blocks and rules, Azure's `security_rule`, GCP's `google_compute_firewall`, CloudFormation's
/// `SecurityGroupIngress`. Anyone can try passwords or exploits on it. A rule opening only web ports (443, 80), an
/// egress or outbound rule, and a `Deny` are no finding.
struct OpenAdminPort: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, Self.anywhere.matches(line.text) else { return nil }
            // The rule the line stands in (`ingress { … }`, `security_rule { … }`) and the line that opens it.
            let (header, rule) = ChangedFile.block(around: index, in: lines)
            guard !rule.contains(where: { $0.text.isCodeLine && Self.outwardOrDenied.matches($0.text) }),
                !(header.map { Self.outwardOrDenied.matches(lines[$0].text) } ?? false),
                let port = Self.adminPort(opened: rule)
            else { return nil }
            return file.finding(
                "infra.open-admin-port", .high, on: line,
                message: "the rule opens port \(port) to the whole internet; allow it from the addresses that "
                    + "administer it (a VPN, a bastion) only", content: line.text)
        }
    }

    /// The first administrative port the rule's ports take in, or nil: `from_port`/`to_port` (`FromPort`/`ToPort`)
    /// as a range, and every number or range of `port`, `ports`, `destination_port_range(s)`; `"*"`, or no port
    /// with every protocol (`protocol = "-1"`), is every port.
    private static func adminPort(opened rule: ArraySlice<ChangedFile.Line>) -> Int? {
        var ranges: [ClosedRange<Int>] = []
        var from: Int?
        var to: Int?
        for line in rule {
            guard let groups = portSetting.firstMatch(in: line.text), let key = groups[1], let value = groups[2] else {
                continue
            }
            let numbers = value.split { !$0.isNumber }.compactMap { Int($0) }
            switch key.lowercased() {
            case "from_port", "fromport": from = numbers.first
            case "to_port", "toport": to = numbers.first
            default:
                if value.hasBytes("*") { ranges.append(0...65535) }
                for item in value.split(separator: ",") {
                    let bounds = item.split { !$0.isNumber }.compactMap { Int($0) }
                    if let low = bounds.first { ranges.append(low...max(low, bounds.last ?? low)) }
                }
            }
        }
        if let from, let to, from <= to { ranges.append(from...to) }
        if let from, to == nil { ranges.append(from...from) }
        if ranges.isEmpty, rule.contains(where: { everyProtocol.matches($0.text) }) { ranges.append(0...65535) }
        if ranges.contains(where: { $0.lowerBound == 0 && $0.upperBound == 0 }),
            rule.contains(where: { everyProtocol.matches($0.text) })
        {
            ranges.append(0...65535)
        }
        return administrativePorts.first { port in ranges.contains { $0.contains(port) } }
    }

    /// SSH, telnet, RDP, VNC; MySQL, Postgres, SQL Server, Oracle, Redis, MongoDB, Elasticsearch, Kibana, CouchDB,
    /// memcached; Docker's API, etcd, the kubelet; Consul; RabbitMQ's management.
    private static let administrativePorts = [
        22, 23, 3389, 5900, 3306, 5432, 1433, 1521, 6379, 27017, 9200, 9300, 5601, 5984, 11211, 2375, 2376, 2379,
        10250, 8500, 15672,
    ]

    /// A source that is the whole internet.
    private static let anywhere = LinePattern(
        #"["']?(0\.0\.0\.0/0|::/0)["']?|(?i)\bsource_?address_?prefix(es)?["']?\s*[:=]\s*\[?\s*"#
            + #"["'](\*|internet|any)["']"#,
        holdingOneOf: ["/0", "source"])
    private static let portSetting = LinePattern(
        #"(?i)^\s*["']?(from_?port|to_?port|ports?|destination_?port_?ranges?)["']?\s*[:=]\s*(.+)$"#)
    private static let everyProtocol = LinePattern(#"(?i)^\s*["']?(ip_?)?protocol["']?\s*[:=]\s*["']?(-1|all|\*)["']?"#)
    private static let outwardOrDenied = LinePattern(
        #"(?i)\begress\b|\bdirection["']?\s*[:=]\s*["']?(outbound|egress)|\baccess["']?\s*[:=]\s*["']?deny\b|"#
            + #"\btype["']?\s*[:=]\s*["']egress"#)
}
