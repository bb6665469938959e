import Manifest

/// `code.xxe`: an XML parser left to read a document's DTD and external entities, which lets the document read the
/// server's files or call its network (XML external entities). Either the change turns it on — Java's
/// `disallow-doctype-decl` set false or external entities set true, `setExpandEntityReferences(true)`, StAX's
/// `SUPPORT_DTD`, .NET's `DtdProcessing.Parse` or an `XmlUrlResolver`, lxml's `resolve_entities=True` or
/// `load_dtd=True`, PHP's `LIBXML_NOENT`/`LIBXML_DTDLOAD` or `libxml_disable_entity_loader(false)`, Nokogiri's
/// `NOENT`/`DTDLOAD`, libxmljs' `noent: true` — or it removes such hardening from a file that still builds a parser and
/// adds none back, or keeps it only under a flag the change adds and a caller passes `false` (`if (strict) { … }`,
/// `newBuilder(false)`).
struct XMLExternalEntities: FileCheck {
    let kinds = ReviewedFile.code

    static let rule = "code.xxe"

    /// Settings that let a parser read a DTD or resolve external entities.
    private static let enabling = LinePattern(
        #"(?i)(disallow-doctype-decl["']\s*,\s*false|external-(general|parameter)-entities["']\s*,\s*true|"#
            + #"load-external-dtd["']\s*,\s*true|setExpandEntityReferences\s*\(\s*true|"#
            + #"(SUPPORT_DTD|IS_SUPPORTING_EXTERNAL_ENTITIES)["']?\s*,\s*(true|Boolean\.TRUE)|"#
            + #"DtdProcessing\s*=\s*DtdProcessing\.Parse|XmlResolver\s*=\s*new\s+XmlUrlResolver|"#
            + #"ProhibitDtd\s*=\s*false|"#
            + #"resolve_entities\s*=\s*True|load_dtd\s*=\s*True|no_network\s*=\s*False|LIBXML_NOENT|LIBXML_DTDLOAD|"#
            + #"libxml_disable_entity_loader\s*\(\s*false|ParseOptions::(NOENT|DTDLOAD)|\.noent\b|\bnoent\s*:\s*true)"#,
        holdingOneOf: [
            "doctype", "entities", "dtd", "entityreferences", "xmlurlresolver", "noent", "no_network",
            "entity_loader",
        ])
    /// Settings that keep a parser from reading a DTD or resolving external entities (not `setXIncludeAware(false)`,
    /// the default, which leaves both on).
    private static let hardening = LinePattern(
        #"(?i)(disallow-doctype-decl["']\s*,\s*true|external-(general|parameter)-entities["']\s*,\s*false|"#
            + #"load-external-dtd["']\s*,\s*false|setExpandEntityReferences\s*\(\s*false|FEATURE_SECURE_PROCESSING|"#
            + #"ACCESS_EXTERNAL_(DTD|SCHEMA)|(SUPPORT_DTD|IS_SUPPORTING_EXTERNAL_ENTITIES)["']?\s*,\s*(false|"#
            + #"Boolean\.FALSE)|DtdProcessing\.(Prohibit|Ignore)|XmlResolver\s*=\s*null|resolve_entities\s*=\s*False|"#
            + #"libxml_disable_entity_loader\s*\(\s*true|defusedxml)"#,
        holdingOneOf: [
            "doctype", "entities", "dtd", "entityreferences", "secure_processing", "access_external", "xmlresolver",
            "entity_loader", "defusedxml",
        ])
    /// A parser being built or called.
    private static let parser = LinePattern(
        #"(DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|TransformerFactory|SAXReader|SAXBuilder|"#
            + #"XMLReader|XmlReader|XmlDocument|XDocument\.Load|etree\.(parse|fromstring|XMLParser)|"#
            + #"minidom\.parse|simplexml_load|DOMDocument|Nokogiri::XML|libxmljs|xml2js)"#)

    /// Whether line `index` sits in a block the change opens on a bare flag (`if (strict) {`): the hardening is kept
    /// only when a caller asks for it.
    private static func isUnderAddedFlag(_ index: Int, in lines: [ChangedFile.Line]) -> Bool {
        guard let opening = ChangedFile.enclosingLine(of: index, in: lines) else { return false }
        return opening.isAdded && flagTest.matches(opening.text)
    }

    /// `if (strict) {`, `if secure:`, `if !lenient {`.
    private static let flagTest = LinePattern(#"^\s*if\s*\(?\s*!?\s*[A-Za-z_][\w.]*\s*\)?\s*[{:]?\s*$"#)
    /// A call given a literal `false` (`newBuilder(false)`): the caller turning the flag off.
    private static let passesFalse = LinePattern(#"\w\s*\((?:[^()]*,\s*)?(?:false|False)\s*[,)]"#)

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        var findings = file.visible.filter { $0.isAdded && Self.enabling.matches($0.text) }.map { line in
            file.finding(
                Self.rule, .high, on: line,
                message: "the XML parser reads DTDs or resolves external entities: a document can read the server's "
                    + "files or reach its network; disallow DOCTYPE declarations", content: line.text)
        }
        let diff = file.diff
        guard findings.isEmpty, !diff.isNew, let removed = diff.removed.first(where: { Self.hardening.matches($0) })
        else { return findings }
        let kept = file.visible.indices.filter { Self.hardening.matches(file.visible[$0].text) }
        guard
            kept.isEmpty
                || kept.allSatisfy({ Self.isUnderAddedFlag($0, in: file.visible) })
                    && file.visible.contains(where: { $0.isAdded && Self.passesFalse.matches($0.text) }),
            let parser = file.visible.first(where: { Self.parser.matches($0.text) })
        else { return findings }
        findings.append(
            file.finding(
                Self.rule, .high, on: parser,
                message: "the change removes the parser's protection from external entities (`"
                    + removed.trimmedLine + "`) "
                    + (kept.isEmpty ? "and adds none back" : "or keeps it only under a flag a caller turns off")
                    + ": a document can read the server's files or reach its network", content: removed.trimmedLine))
        return findings
    }
}
