import Manifest

/// `code.ssrf` for a check that a URL is safe to fetch, deleted in front of a request that stays: a removed line
/// calling `$this->egress->isPublicHttpsUrl($endpoint)`, `is_safe_url(url)`, `validateOutboundUrl(target)` or an SSRF
/// guard (`ssrfGuard.check(url)`), while the file still sends a request to the same value and no added line checks it
/// again. The server then fetches internal or cloud-metadata addresses for whoever names them. A check replaced by
/// another that vets the host, or removed with the request, is no finding.
struct RemovedURLCheck: FileCheck {
    let kinds = ReviewedFile.code

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let diff = file.diff
        guard !diff.isNew, let removed = diff.removed.first(where: { Self.urlCheck.matches($0) }),
            let checked = Self.urlCheck.firstMatch(in: removed, capture: 1).map(String.init)
        else { return [] }
        let lines = file.visible
        guard !lines.contains(where: { $0.isAdded && Self.urlCheck.matches($0.text) }),
            let request = lines.first(where: { line in
                line.text.hasBytes(checked) && Self.outboundRequest.matches(line.text)
                    && CodeFlow.codeText(line.text).hasBytes(checked)
            })
        else { return [] }
        return [
            file.finding(
                "code.ssrf", .high, on: request,
                message: "the check that `\(checked)` is a public address is removed and the request to it stays: "
                    + "the server fetches internal or cloud-metadata URLs for whoever names them; keep the check",
                content: removed.trimmedLine)
        ]
    }

    /// A call that vets a URL or host before it is fetched, and the name it vets (group 1): `isPublicHttpsUrl($url)`,
    /// `is_safe_url(url)`, `assertAllowedHost(target)`, `egress.allows(endpoint)`, `ssrfGuard.check(url)`.
    private static let urlCheck = LinePattern(
        #"(?i)\b(?:(?:is|assert|ensure|check|validate|verify|require)_?\w*(?:public|allowed|safe|external|permitted|"#
            + #"outbound)\w*(?:url|uri|host|address|endpoint|destination|target)|\w*egress\w*\s*(?:->|\.)\s*\w+|"#
            + #"\w*ssrf\w*\s*(?:->|\.)\s*\w+|\w*ssrf\w*)\s*\(\s*\$?(?:this->|self\.)?(\w+)"#,
        holdingOneOf: ["url", "uri", "host", "address", "endpoint", "destination", "target", "egress", "ssrf"])
    /// An outbound HTTP request: Guzzle's `->request(…)`, `fetch(…)`, `requests.get(…)`, `http.Get(…)`,
    /// `HttpClient`'s `GetAsync(…)`, `curl_init(…)`, Laravel's `Http::get(…)`.
    private static let outboundRequest = LinePattern(
        #"->(?:request|get|post|send)\s*\(|\bfetch\s*\(|\brequests\.(?:get|post|put|request)\s*\(|"#
            + #"\bhttp\.(?:Get|Post|NewRequest\w*)\s*\(|\.(?:GetAsync|PostAsync|SendAsync|GetStringAsync)\s*\(|"#
            + #"\bcurl_init\s*\(|\bHttp::\w+\s*\(|\baxios\.\w+\s*\(|\burlopen\s*\("#)
}
