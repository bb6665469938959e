import Yams

/// Turns a file into YAML node trees, one per document, each problem as a located ``Diagnostic``.
///
/// A file without aliases and without limit problems is composed in one pass. Otherwise (or when that pass meets
/// an error) each `---` chunk is composed on its own, so that a syntax error stops only its own document and
/// aliases cannot reach across documents. Composition uses Yams' basic resolver: no tag is resolved by regular
/// expression (the decoders read scalars from their text), which keeps parsing fast.
enum YAMLDocuments {
    /// One document: its root node and the number of file lines before its chunk, or why it could not be read
    /// (with the deployment name, when one could still be found in the text).
    enum Loaded {
        case node(Node, lineOffset: Int)
        case failed(Diagnostic, name: String?, line: Int)
    }

    static func load(_ file: SourceFile) -> [Loaded] {
        let scanned = InputScanner.scan(file)
        if scanned.aliases == 0 && scanned.chunks.allSatisfy({ $0.problem == nil }),
            let documents = composeWhole(scanned.text)
        {
            return documents
        }
        return composeChunks(scanned.chunks, file: file)
    }

    /// All documents of `text` in one pass, or `nil` when the pass meets any error.
    private static func composeWhole(_ text: String) -> [Loaded]? {
        guard var sequence = try? compose_all(yaml: text, .basic, .default, .utf8) else { return nil }
        var documents: [Loaded] = []
        while let node = sequence.next() {
            if !isEmptyDocument(node) { documents.append(.node(node, lineOffset: 0)) }
        }
        return sequence.error == nil ? documents : nil
    }

    private static func composeChunks(_ chunks: [InputChunk], file: SourceFile) -> [Loaded] {
        var documents: [Loaded] = []
        for chunk in chunks {
            if let problem = chunk.problem {
                documents.append(
                    .failed(problem, name: NameRecovery.name(in: chunk.bytes), line: chunk.lineOffset + 1))
                continue
            }
            var sequence: YamlSequence<Node>
            do {
                sequence = try compose_all(yaml: chunk.text, .basic, .default, .utf8)
            } catch {
                let name = NameRecovery.name(in: chunk.bytes)
                documents.append(
                    .failed(diagnostic(error, file: file.path, chunk: chunk), name: name, line: chunk.lineOffset + 1))
                continue
            }
            var composed = 0
            while let node = sequence.next() {
                if !isEmptyDocument(node) { documents.append(.node(node, lineOffset: chunk.lineOffset)) }
                composed += 1
            }
            if let error = sequence.error {
                let name = composed == 0 ? NameRecovery.name(in: chunk.bytes) : nil
                let failure = diagnostic(error, file: file.path, chunk: chunk)
                documents.append(
                    .failed(failure, name: name, line: composed == 0 ? chunk.lineOffset + 1 : failure.line))
            }
        }
        return documents
    }

    /// `---` with nothing after it composes to an empty plain scalar: no document.
    private static func isEmptyDocument(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.string.isEmpty && scalar.style == .plain
    }

    private static func diagnostic(_ error: any Error, file: String, chunk: InputChunk) -> Diagnostic {
        func located(_ mark: (line: Int, column: Int)?, _ message: String) -> Diagnostic {
            let (line, column) = clamped(mark ?? (1, 1), to: chunk.bytes)
            return Diagnostic(
                file: file, line: line + chunk.lineOffset, column: column, path: Diagnostic.yamlPath, message: message)
        }
        func explained(_ problem: String, _ context: YamlError.Context?) -> String {
            guard let context else { return problem }
            return "\(problem) (\(context.text) at line \(context.mark.line + chunk.lineOffset), "
                + "column \(context.mark.column))"
        }
        guard let error = error as? YamlError else { return located(nil, "cannot read YAML: \(error)") }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return located((mark.line, mark.column), explained(problem, context))
        case .reader(let problem, let offset, _, let yaml):
            // Yams counts the offset in characters of the chunk's text.
            return located(offset.map { mark(ofCharacterOffset: $0, in: yaml) }, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { Shown.quoted($0) }.joined(separator: ", ")
            return located(
                (context.mark.line, context.mark.column),
                "duplicate key \(keys): each field may appear once in a mapping")
        default:
            return located(nil, "cannot read YAML: \(error)")
        }
    }

    /// libyaml places "end of input" on the line after a last line that has no line break; such a mark is moved
    /// to the end of the last line, where an editor can show it.
    private static func clamped(_ mark: (line: Int, column: Int), to bytes: ArraySlice<UInt8>) -> (Int, Int) {
        let lineBreaks = bytes.count(where: { $0 == UInt8(ascii: "\n") })
        guard mark.line > lineBreaks + 1 else { return mark }
        let lastLine = bytes.reversed().prefix { $0 != UInt8(ascii: "\n") }
        return (lineBreaks + 1, lastLine.count(where: { $0 & 0xC0 != 0x80 }) + 1)
    }

    /// Line and column (in Unicode scalars) of the character at `offset`, as Yams counts reader errors.
    private static func mark(ofCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}
