/// Where a fetched URL's host comes from (`code.ssrf`): request input may pick the path or the query on a host the code
/// fixes, and the server still connects only to that host.
extension CodeFlow {
    /// True when `url` (an argument, or a value assigned) fixes its host before anything from outside can:
    /// - a literal that names the scheme, the host and the `/` after it (`f"https://api.carrier.example/v2/{n}"`);
    /// - a path on a client's base URL (`"/tracking/${n}"`);
    /// - a base that is not request input followed by a literal path (`f"{base}/users/{id}"`, `"$base/users"`,
    ///   `base + "/users/" + id`), or path elements joined onto one (Go's `url.JoinPath(base, "users", id)`);
    /// - a URL built from named parts whose host is not request input (Vapor's `URI(scheme: .https, host: h, path: p)`,
    ///   Go's `url.URL{Scheme: "https", Host: h, Path: p}`, Ktor's `URLBuilder(host = h, …)`, .NET's
    ///   `new UriBuilder { Host = h }`): the path cannot move the host;
    /// - a relative reference that is not request input resolved against a base that fixes the host (`new URL(hash,
    ///   GRAVATAR_BASE)`);
    /// - a name assigned one of these (``fixedHostNames``), or a call of a function the file defines that returns one
    ///   (``fixedHostHelpers``).
    func fixesHost(_ url: some StringProtocol) -> Bool {
        let text = url.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "&" || $0 == "*" }
        if Self.fixedHostLiteral.matches(text) { return true }
        // `f"{GRAVATAR_BASE}{digest}"` after `GRAVATAR_BASE = "https://www.gravatar.com/avatar/"`: the base fixes the
        // host, whatever follows it.
        if !fixedHostNames.isEmpty, let groups = Self.leadingBase.firstMatch(in: text),
            let base = groups[1] ?? groups[2], fixedHostNames.contains(String(base.drop { $0 == "$" }))
        {
            return true
        }
        // `GRAVATAR_URL.format(digest=digest)`, `fmt.Sprintf(apiURL, id)`: a template whose host is fixed, filled in.
        if !fixedHostNames.isEmpty, let groups = Self.formattedBase.firstMatch(in: text),
            let base = groups[1] ?? groups[2], fixedHostNames.contains(String(base.drop { $0 == "$" }))
        {
            return true
        }
        if let groups = Self.baseThenPath.firstMatch(in: text),
            let base = groups[1] ?? groups[2] ?? groups[3] ?? groups[4] ?? groups[5]
        {
            return !isRequestDerived(base)
        }
        // `new URL(hash, GRAVATAR_BASE)`: a relative reference resolved against a base that fixes the host, unless the
        // reference is request input (an absolute URL there replaces the base).
        if let groups = Self.relativeToBase.firstMatch(in: text), let reference = groups[1], let base = groups[2],
            fixedHostNames.contains(String(base)) || Self.fixedHostLiteral.matches(base)
        {
            return !isRequestDerived(reference)
        }
        if let host = Self.namedHost.firstMatch(in: text)?[1] {
            return !isRequestDerived(host)
        }
        if !fixedHostHelpers.isEmpty, let helper = Self.helperCall.firstMatch(in: text)?[1],
            fixedHostHelpers.contains(String(helper))
        {
            return true
        }
        guard let name = Self.urlName.firstMatch(in: text)?[1] else { return false }
        return fixedHostNames.contains(String(name))
    }

    /// The arguments of a fetching call (the text after its opening bracket) that may pick where the server connects:
    /// all but those that fix their host (``fixesHost(_:)``). Once one does, the call's destination is fixed, and the
    /// others are what it sends there (`session.get(url, params={"locale": locale})`, `fetch(url, { body })`), unless
    /// one names a URL of its own (`base_url=…`, `proxy: …`).
    func withoutFixedHostURLs(_ arguments: Substring) -> String {
        let all = Self.arguments(in: arguments)
        let picking = all.filter { !fixesHost($0) }
        guard picking.count < all.count else { return picking.joined(separator: ",") }
        return picking.filter(Self.namesADestination.matches).joined(separator: ",")
    }

    /// An argument naming where to connect by keyword: `url=`, `base_url:`, `baseURL:`, `uri =`, `host:`, `proxy=`,
    /// `proxies=`, `endpoint:`.
    private static let namesADestination = LinePattern(
        #"(?i)^\s*(?:base_?url|url|uri|host|proxy|proxies|endpoint)\s*[:=](?!=)"#)
    /// A string literal (with its prefix: `f`, `$`, `s`, `@$`) that opens with a scheme, a host and a `/`, or with a
    /// path (`/x`, not the host-naming `//x`).
    private static let fixedHostLiteral = LinePattern(
        #"^[A-Za-z$@]{0,2}["'`](?:(?:https?|wss?)://[\w.-]+(?::\d+)?/|/[\w.~-])"#, holdingOneOf: ["/"])
    /// A base, then a literal path: an interpolation opening a literal (`{base}/`, `${base}/`, `#{base}/`, `\(base)/`,
    /// `$base/`; groups 1 and 2), a concatenation (`base + "/…"`, `$base . "/…"`, `base <> "/…"`; group 3), or Go's
    /// `url.JoinPath(base, …)` and `base.JoinPath(…)` (groups 4 and 5).
    private static let baseThenPath = LinePattern(
        #"^[A-Za-z$@]{0,2}["'`](?:\{|\$\{|#\{|\\\()\s*([\w.$]+)\s*[})]/|^[A-Za-z$@]{0,2}["'`]\$(\w+)/|"#
            + #"^([\w.$]+)\s*(?:\+|\.|<>)\s*[A-Za-z$@]{0,2}["'`]/|^(?:url\.JoinPath\(\s*([\w.$]+)\s*,|"#
            + #"([\w.$]+)\.JoinPath\()"#, holdingOneOf: ["/", "JoinPath"])
    /// A name a URL starts with: interpolated first into a literal (group 1), or concatenated first (group 2).
    private static let leadingBase = LinePattern(
        #"^[A-Za-z$@]{0,2}["'`](?:\{|\$\{|#\{|\\\()\s*([\w$]+)\s*[})]|^([\w$]+)\s*(?:(?:\+|<>)\s*\S|\.\s*["'$])"#)
    /// A named template filled in: `NAME.format(…)`, `NAME % (…)` (group 1), `fmt.Sprintf(NAME, …)`,
    /// `String.format(NAME, …)`, `sprintf($NAME, …)` (group 2).
    private static let formattedBase = LinePattern(
        #"^([\w$]+)\s*(?:\.\s*format\s*\(|%\s*[(\w])|^(?:fmt\.)?(?:Sprintf|sprintf|String\.format)\s*\(\s*"#
            + #"([\w$]+)\s*,"#)
    /// The WHATWG URL constructor given a reference and a base (groups 1 and 2): `new URL(path, BASE)`.
    private static let relativeToBase = LinePattern(
        #"^new\s+URL\(\s*([^,()]+?)\s*,\s*([\w$.]+|["'`][^"'`]*["'`])\s*\)"#, holdingOneOf: ["URL("])
    /// A URL type built from named parts, and its host part (group 1).
    private static let namedHost = LinePattern(
        #"^(?:new\s+)?[\w.]*(?:URI|URL|Uri|Url|URLComponents|UriBuilder|URLBuilder|UrlBuilder)\s*[({]"#
            + #"[^)}]*?\b[Hh]ost\s*[:=]\s*([^,)}\n]+)"#, holdingOneOf: ["ost"])
    /// A call of a function by name (group 1), as a method of `self`/`this` or alone.
    private static let helperCall = LinePattern(#"^(?:self\.|this\.|\$this->)?([A-Za-z_]\w*)\s*\("#)
    /// A name alone, or turned into text or a URL object (`u.String()`, `url.toString()`, `uri.toURL()`).
    private static let urlName = LinePattern(
        #"^([A-Za-z_]\w*)(?:\s*$|\.(?:String|toString|toURL|toURI|toUri|href)\b)"#)
}
