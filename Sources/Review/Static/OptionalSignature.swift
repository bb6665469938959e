import Foundation
import Manifest

/// `code.signature-optional`: a request's signature checked only when the request carries one. The change tests
/// whether a signature read from a header is there, and a request without it goes on to be handled:
/// `if x_signature is not None: _verify(…)` with nothing refusing the `else`; `if sig := r.Header.Get(…); sig != ""
/// { … } else { log… }`; `if (signature.Length > 0 && !IsValid(…)) return Unauthorized();` (refused only when present
/// and wrong); an Elixir `case get_req_header(conn, "x-signature") do [] -> assign(…)` arm that lets the plug pass.
/// Anyone can then send an unsigned webhook or request and have it handled as a signed one.
///
/// Let through: an absent signature refused (`if not sig: raise HTTPException(401)`, `if sig == "" || !valid(sig) {
/// return 401 }`); a present-and-valid test whose other path refuses (`if sig != "" && valid(sig) { return handle() }
/// return 401`); a signature the code sets on a request it sends (nothing checks it, nothing refuses).
struct OptionalSignature: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = ReviewedFile.code

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && $0.text.hasBytesIgnoringCase("sig") }) else { return [] }
        return lines.indices.compactMap { index in
            let text = lines[index].text
            guard lines[index].isAdded, text.hasBytesIgnoringCase("sig") || text.trimmedLine.hasPrefix("[] ->") else {
                return nil
            }
            if let test = Self.presenceTest(at: index, in: lines) {
                guard Self.readsFromHeader(test.name, at: index, in: lines),
                    Self.letsUnsignedThrough(test, at: index, in: lines)
                else { return nil }
            } else {
                guard let name = Self.unsignedChoice(at: index, in: lines),
                    Self.readsFromHeader(name, at: index, in: lines)
                else { return nil }
            }
            return file.finding(
                "code.signature-optional", .high, on: lines[index],
                message: "the signature is checked only when the request carries one, so a request without it is "
                    + "handled as if signed; refuse a request whose signature is missing", content: lines[index].text)
        }
    }

    /// A test of whether a signature is there: its name, and whether the test holds when it is.
    struct PresenceTest {
        let name: Substring
        let holdsWhenPresent: Bool
        /// The condition also asks something else (`present && !valid`).
        let isConjunction: Bool
    }

    /// The presence test on line `index`: a comparison with nothing, a length, an emptiness or definedness check, a
    /// bare truth test of a signature's name, or an Elixir `[] ->` arm of a `case` over a signature header.
    static func presenceTest(at index: Int, in lines: [ChangedFile.Line]) -> PresenceTest? {
        let text = lines[index].text
        if text.trimmedLine.hasPrefix("[] ->"), let opening = ChangedFile.enclosingLine(of: index, in: lines),
            opening.text.hasBytesIgnoringCase("sig"), opening.text.hasBytesIgnoringCase("header"),
            opening.text.trimmedLine.hasPrefix("case ")
        {
            return PresenceTest(name: "signature", holdsWhenPresent: false, isConjunction: false)
        }
        guard conditional.matches(text) else { return nil }
        let conjunction = text.hasBytes("&&") || text.hasBytes(" and ")
        // `if let header = req.headers.first(name: "Paddle-Signature")`: the name is the signature header's.
        let readsSignatureHeader = text.hasBytesIgnoringCase("signature") && text.hasBytesIgnoringCase("header")
        if let (name, holdsWhenPresent) = test(in: text, accepting: { isSignatureName($0) || readsSignatureHeader }) {
            return PresenceTest(name: name, holdsWhenPresent: holdsWhenPresent, isConjunction: conjunction)
        }
        // `legacy := sig == ""`, then `if !legacy && !h.verify(body, sig)`: the test through the name holding it.
        for line in lines[..<index].suffix(30) {
            guard line.text.hasBytesIgnoringCase("sig"), let groups = heldTest.firstMatch(in: line.text),
                let holder = groups[1], let expression = groups[2],
                let (name, holdsWhenPresent) = test(in: expression, accepting: isSignatureName),
                let use = LinePattern(#"(!\s*)?(?<![\w.$])"# + holder + #"\b(?!\s*[.(=])"#).firstMatch(in: text)
            else { continue }
            let negated = use[1] != nil
            return PresenceTest(name: name, holdsWhenPresent: holdsWhenPresent != negated, isConjunction: conjunction)
        }
        return nil
    }

    /// The signature's name when line `index` opens a choice on its presence whose signed branch checks it and
    /// whose other branch takes the request as it is (`event = signature` / `? constructEvent(body, signature, …)`
    /// / `: JSON.parse(body)`, or `sig == null ? parse(body) : verify(body, sig)`), its branches on the lines that
    /// follow beginning with `?` and `:`.
    private static func unsignedChoice(at index: Int, in lines: [ChangedFile.Line]) -> Substring? {
        var text = lines[index].text
        for line in lines[(index + 1)...].prefix(4) {
            let start = line.text.trimmedLine
            guard start.hasPrefix("?") || start.hasPrefix(":") else { break }
            text = Substring(text + " " + start)
        }
        guard let groups = choice.firstMatch(in: text), let name = groups[1], isSignatureName(name),
            let first = groups[3], let second = groups[4]
        else { return nil }
        let (signed, unsigned) = groups[2] == nil ? (first, second) : (second, first)
        // `: null`, handled later as no event at all, takes nothing from the request.
        let nothing = unsigned.trimmingCharacters(in: CharacterSet(charactersIn: " ;,)"))
        guard !["null", "undefined", "nil", "None", "false"].contains(nothing) else { return nil }
        return checks(signed) && !checks(unsigned) && !refuses(unsigned) ? name : nil
    }

    /// A choice on a name's presence (group 1 the name, group 2 set when it tests absence, groups 3 and 4 the
    /// branches): `signature ? a : b`, `sig != null ? a : b`, `sig == null ? a : b`.
    private static let choice = LinePattern(
        #"(?:=|\breturn|\()\s*([A-Za-z_$][\w$]*)\s*(?:!==?\s*(?:null|undefined|nil|""|'')|(===?\s*(?:null|"#
            + #"undefined|nil|""|'')))?\s*\?\s*(.+?)\s+:\s+(.+)$"#)

    /// The first presence test in `text` of a name `accepting` takes, and whether it holds when the signature is there.
    private static func test(in text: Substring, accepting: (Substring) -> Bool) -> (Substring, Bool)? {
        for (pattern, holdsWhenPresent) in [(present, true), (absent, false)] {
            for groups in pattern.matches(in: text) {
                guard let name = groups.dropFirst().compactMap({ $0 }).first, accepting(name) else { continue }
                return (name, holdsWhenPresent)
            }
        }
        return nil
    }

    /// A name that holds a signature: `sig`, `signature`, `x_signature`, `hubSignature`, `sigHeader`.
    static func isSignatureName(_ name: Substring) -> Bool {
        let lower = name.lowercased()
        return lower.contains("signature") || lower == "sig" || lower.hasPrefix("sig_") || lower.hasSuffix("_sig")
            || name.hasPrefix("sig") && name.dropFirst(3).first?.isUppercase == true || name.hasSuffix("Sig")
    }

    /// Whether the signature comes from the request's headers: a line naming it reads a header (`Header(`,
    /// `.Header.Get(`, `Request.Headers[…]`, `get_req_header`) or names a signature header (Fiber's `c.Get(
    /// "X-Billing-Signature")`), or the test itself does (an Elixir arm's `case` does).
    private static func readsFromHeader(_ name: Substring, at index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let text = lines[index].text
        if text.hasBytesIgnoringCase("header") || text.trimmedLine.hasPrefix("[] ->") { return true }
        return lines[..<index].suffix(60).contains { line in
            (line.text.hasBytesIgnoringCase("header") || line.text.hasBytesIgnoringCase("-signature"))
                && line.text.hasBytes(String(name))
                && CodeFlow.identifiers(in: line.text).contains(String(name))
        }
    }

    /// Whether a request without a signature is handled: the absent path neither refuses nor stops short of the
    /// handler.
    private static func letsUnsignedThrough(_ test: PresenceTest, at index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let rest = lines[index].text.drop { $0 != ")" && $0 != ":" }
        let body = block(after: index, in: lines)
        let bodyRefuses = refuses(rest) || body.contains { refuses($0.text) }
        if !test.holdsWhenPresent {
            // The block runs when the signature is missing: an Elixir arm is the answer itself; elsewhere the block
            // must leave the function without refusing.
            if lines[index].text.trimmedLine.hasPrefix("[] ->") { return !bodyRefuses && !body.isEmpty }
            // It leaves without refusing, or the check sits only in the other branch (`if x_signature is None:
            // log…` then `elif not _verify(…)`).
            let after = index + 1 + body.count
            let otherBranch = after < lines.count && elseBranch.matches(lines[after].text)
            return !bodyRefuses && (otherBranch || body.contains { $0.text.trimmedLine.hasPrefix("return") })
        }
        if test.isConjunction && bodyRefuses { return true }
        guard body.contains(where: { checks($0.text) }) || checks(lines[index].text) else { return false }
        let after = index + 1 + body.count
        guard after < lines.count else { return true }
        let next = lines[after].text.trimmedLine
        if next.hasPrefix("else") || next.hasPrefix("} else") || next.hasPrefix("}else") {
            return !block(after: after, in: lines).contains { refuses($0.text) } && !refuses(next)
        }
        return !refuses(next)
    }

    /// The lines of the block opened on line `index`: those after it indented more (an Allman brace line and blank
    /// lines included), up to the first at its depth or shallower.
    private static func block(after index: Int, in lines: [ChangedFile.Line]) -> ArraySlice<ChangedFile.Line> {
        let depth = lines[index].text.indentation
        var end = index + 1
        while end < lines.count {
            let text = lines[end].text
            let trimmed = text.trimmedLine
            guard trimmed.isEmpty || text.indentation > depth || trimmed == "{" && text.indentation == depth else {
                break
            }
            end += 1
        }
        return lines[(index + 1)..<end]
    }

    /// Whether a line refuses the request: raises, throws, aborts, halts, answers 400/401/403, or returns false or
    /// nothing from a check (words in strings, such as a log message's "rejecting", do not count).
    private static func refuses(_ text: some StringProtocol) -> Bool {
        refusal.matches(CodeFlow.codeText(text))
    }

    /// Whether a line checks a signature: a verification, a validation, a comparison or an HMAC.
    private static func checks(_ text: Substring) -> Bool {
        verification.matches(text)
    }

    private static let refusal = LinePattern(
        #"(?i)\b(raise|throw|halt|Challenge|HTTPException|http\.Error|head\s+:(unauthorized|forbidden|bad_request))\b|"#
            + #"(abort|deny|reject|forbid|unauthori[sz]ed|badrequest)|"#
            + #"\b(send_resp|status|StatusCode|code)\s*\(\s*(conn\s*,\s*)?4\d\d\b|"#
            + #"\breturn\s+(false|nil|null|None)\b|\b40[013]\b"#)
    private static let verification = LinePattern(
        #"(?i)verif|valid|compare|hmac|secure_compare|hash_equals|timingsafe|constructevent|construct_event|check"#)
    /// A name given the result of a test (group 1 the name, group 2 the test): `legacy := sig == ""`.
    private static let heldTest = LinePattern(
        #"^\s*(?:(?:let|var|val|const)\s+)?([A-Za-z_]\w*)\s*(?::=|=(?!=))\s*(.+?)\s*;?\s*$"#)
    /// The other branch of a condition: `elif`, `elsif`, `else`, `} else`.
    private static let elseBranch = LinePattern(#"^\s*(?:\}\s*)?(?:elif|elsif|else)\b"#)
    /// A line that tests a condition.
    private static let conditional = LinePattern(
        #"^\s*(\}\s*)?(if|elif|elsif|else\s+if|unless|when|guard)\b|^\s*(if|unless)\s*\(|\?\s*\S"#)
    /// A signature's name (whichever group matched) tested to be there.
    private static let present = LinePattern(
        #"\b([A-Za-z_$][\w$]*)\s*(?:!=|!==)\s*(?:""|''|nil\b|null\b|None\b|undefined\b)|"#
            + #"\btypeof\s+([A-Za-z_$][\w$]*)\s*(?:===?\s*["']string["']|!==?\s*["']undefined["'])|"#
            + #"\b([A-Za-z_$][\w$]*)\s+is\s+not\s+None\b|"#
            + #"\b([A-Za-z_$][\w$]*)\??\.(?:Length|length|count|Count|size\(\))\s*(?:>\s*0|!=\s*0|>=\s*1)|"#
            + #"\blen\(\s*([A-Za-z_$][\w$]*)\s*\)\s*>\s*0|"#
            + #"!\s*(?:string\.|String\.)?IsNullOrEmpty\(\s*([A-Za-z_$][\w$]*)\s*\)|"#
            + #"!\s*(?:string\.|String\.)?IsNullOrWhiteSpace\(\s*([A-Za-z_$][\w$]*)\s*\)|"#
            + #"!\s*empty\(\s*\$([A-Za-z_][\w]*)\s*\)|\bisset\(\s*\$([A-Za-z_][\w]*)\s*\)|"#
            + #"\b([A-Za-z_$][\w$]*)\.present\?|!\s*([A-Za-z_$][\w$]*)\.(?:isEmpty|blank\?|empty\?|nil\?)|"#
            + #"\b([A-Za-z_$][\w$]*)\.(?:isNotEmpty|isNotBlank|nonEmpty|isDefined)\b|"#
            + #"\bif\s+let\s+([A-Za-z_][\w]*)\b|"#
            + #"^\s*(?:\}\s*)?(?:if|elif|elsif|else\s+if)\s*\(?\s*([A-Za-z_$][\w$]*)\s*\)?\s*(?::|\{|then\b)?\s*$"#)
    /// A signature's name (whichever group matched) tested to be missing.
    private static let absent = LinePattern(
        #"\b([A-Za-z_$][\w$]*)\s*(?:==|===)\s*(?:""|''|nil\b|null\b|None\b|undefined\b)|"#
            + #"\btypeof\s+([A-Za-z_$][\w$]*)\s*(?:!==?\s*["']string["']|===?\s*["']undefined["'])|"#
            + #"\b([A-Za-z_$][\w$]*)\s+is\s+None\b|\bnot\s+([A-Za-z_$][\w$]*)\b(?!\s*(?:in\b|is\b|[.(\[]))|"#
            + #"(?<![\w$.!])!\s*([A-Za-z_$][\w$]*)\b(?!\s*[.(\[])|"#
            + #"(?<!!)\b(?:string\.|String\.)?IsNullOrEmpty\(\s*([A-Za-z_$][\w$]*)\s*\)|"#
            + #"(?<!!)\bempty\(\s*\$([A-Za-z_][\w]*)\s*\)|!\s*isset\(\s*\$([A-Za-z_][\w]*)\s*\)|"#
            + #"(?<!!)\b([A-Za-z_$][\w$]*)\.(?:blank\?|nil\?|empty\?|isEmpty|isBlank)\b|"#
            + #"\bunless\s+([A-Za-z_$][\w$]*)\b"#
    )
}
