import Foundation

/// The origin of the request's own URL (`new URL(request.url).origin`, Next.js's `request.nextUrl.origin`): the site
/// the request came to, which the code sends people back to (`` Response.redirect(`${origin}/login`) ``). Reading it
/// is not reading what the caller chose, so the flow leaves it out of request input; a query parameter, a header or a
/// field of the body named `origin` stays request input.
extension CodeFlow {
    /// True when `value` is the request's URL itself (`new URL(request.url)`, `request.nextUrl`,
    /// `req.nextUrl.clone()`): a name assigned it joins ``requestURLNames``.
    static func isRequestURL(_ value: some StringProtocol) -> Bool {
        requestURL.matches(value)
    }

    /// `text` without its reads of the site's origin (``siteOrigin``, or `.origin` of a name in
    /// ``requestURLNames``), or nil when it holds none.
    func withoutSiteOrigin(_ text: some StringProtocol) -> String? {
        guard text.hasBytes(".origin") else { return nil }
        var own = Self.siteOrigin.removingMatches(in: text)
        if let namedURLOrigin { own = namedURLOrigin.removingMatches(in: own) }
        return own.utf8.count == text.utf8.count ? nil : own
    }

    /// The names a destructuring of `value` binds to request input: all of `names` (``destructuredNames(_:)``) but
    /// `origin` when `value` is the request's URL (`const { origin, searchParams } = new URL(request.url)`).
    static func requestBoundNames(destructuring names: Substring, from value: Substring) -> [String] {
        let bound = destructuredNames(names)
        guard isRequestURL(value), let origin = names.split(separator: ",").firstIndex(where: isOriginKey) else {
            return bound
        }
        let originName = destructuredNames(names.split(separator: ",")[origin])
        return bound.filter { !originName.contains($0) }
    }

    /// `.origin` read off a name that holds the request's URL.
    static func originOf(requestURLNames names: Set<String>) -> LinePattern? {
        guard !names.isEmpty else { return nil }
        let alternatives = names.sorted().map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        return LinePattern(#"(?<![\w.$])(?:"# + alternatives + #")\??\.origin\b"#)
    }

    private static func isOriginKey(_ part: Substring) -> Bool {
        (part.split(separator: ":").first ?? part).split(separator: "=").first?.trimmingCharacters(in: .whitespaces)
            == "origin"
    }

    private static let requestURL = LinePattern(
        #"^\s*(?:new\s+URL\(\s*(?:req|request)\.url\s*\)|\b(?:req|request)\.nextUrl(?:\.clone\(\))?)\s*;?\s*$"#)
    private static let siteOrigin = LinePattern(
        #"(?:\bnew\s+URL\(\s*(?:req|request)\.url\s*\)|\b(?:req|request)\.nextUrl)\??\.origin\b"#)
}
