import Foundation
import Yams

extension ManifestTextEditor {
    /// One edit worked out on one text: walks the path and rewrites the smallest span that makes the change.
    struct Edit {
        let edit: ManifestEdit
        let source: SourceText

        private func fail(_ reason: String) -> ManifestEditError { ManifestEditError(edit: edit, reason: reason) }

        func make(root: Node.Mapping, into text: inout SourceText) throws(ManifestEditError) {
            var mapping = root
            var inFlow = false
            var parentKey: Node?
            for (index, key) in edit.path.enumerated() {
                inFlow = inFlow || isFlow(mapping)
                let dotted = edit.path[...index].joined(separator: ".")
                guard let pair = mapping.first(where: { $0.key.string == key }) else {
                    guard case .set(let value) = edit.change else { return }  // absent already
                    try insert(Array(edit.path[index...]), value: value, into: mapping, inFlow: inFlow, text: &text)
                    return
                }
                if index == edit.path.count - 1 {
                    switch edit.change {
                    case .set(let value): try replace(pair.value, with: value, inFlow: inFlow, text: &text)
                    case .remove:
                        try remove(pair, from: mapping, parentKey: parentKey, inFlow: inFlow, text: &text)
                    }
                    return
                }
                guard case .mapping(let next) = pair.value else {
                    throw fail("\(dotted) is not a mapping")
                }
                parentKey = pair.key
                mapping = next
            }
        }

        /// Whether a mapping is written `{...}`: its mark is at the brace (a block mapping's is at its first key).
        /// Read from the text because Yams 6 takes a mapping's style from its end event, which carries none.
        private func isFlow(_ mapping: Node.Mapping) -> Bool {
            mapping.mark.map { source[source.offset($0)] == "{" } ?? false
        }

        // MARK: Replace

        private func replace(
            _ node: Node, with value: String, inFlow: Bool, text: inout SourceText
        ) throws(ManifestEditError) {
            guard case .scalar(let scalar) = node, let mark = scalar.mark else {
                throw fail("\(edit.path.joined(separator: ".")) is not a single value")
            }
            let start = source.offset(mark)
            let end = try scalarEnd(scalar, at: start, inFlow: inFlow)
            text.replace(start..<end, with: YAMLScalarText.format(value, like: scalar.style))
        }

        /// Where the scalar starting at `start` ends: the closing quote, or the end of a plain scalar's text (before
        /// a comment, and before `,` `}` `]` inside a flow collection).
        private func scalarEnd(_ scalar: Node.Scalar, at start: Int, inFlow: Bool) throws(ManifestEditError) -> Int {
            switch scalar.style {
            case .singleQuoted:
                var index = start + 1
                while let character = source[index] {
                    if character == "'" {
                        if source[index + 1] == "'" {
                            index += 2
                            continue
                        }
                        return index + 1
                    }
                    index += 1
                }
            case .doubleQuoted:
                var index = start + 1
                while let character = source[index] {
                    if character == "\\" {
                        index += 2
                        continue
                    }
                    if character == "\"" { return index + 1 }
                    index += 1
                }
            case .literal, .folded:
                throw fail("\(edit.path.joined(separator: ".")) is a block scalar (| or >)")
            default:
                var index = start
                while let character = source[index], character != "\n", character != "\r" {
                    if character == "#", index > start, source[index - 1] == " " || source[index - 1] == "\t" { break }
                    if inFlow, character == "," || character == "}" || character == "]" { break }
                    let next = source[index + 1] ?? " "
                    if character == ":",
                        next == " " || next == "\t" || next == "\n" || next == "\r"
                            || (inFlow && (next == "," || next == "}" || next == "]"))
                    {
                        break
                    }
                    index += 1
                }
                while index > start, source[index - 1] == " " || source[index - 1] == "\t" { index -= 1 }
                let written = String(String.UnicodeScalarView(source.scalars[start..<index]))
                guard written == scalar.string else {
                    throw fail("\(edit.path.joined(separator: ".")) is a plain value over several lines")
                }
                return index
            }
            throw fail("\(edit.path.joined(separator: ".")) has no closing quote")
        }

        /// Where a node's text ends: a scalar's end, or just after a flow collection's closing bracket.
        private func nodeEnd(_ node: Node, inFlow: Bool) throws(ManifestEditError) -> Int? {
            switch node {
            case .scalar(let scalar):
                guard let mark = scalar.mark else { return nil }
                return try scalarEnd(scalar, at: source.offset(mark), inFlow: inFlow)
            case .mapping(let mapping) where isFlow(mapping):
                return mapping.mark.flatMap { flowEnd(from: source.offset($0)) }
            case .sequence(let sequence) where sequence.mark.map({ source[source.offset($0)] == "[" }) == true:
                return sequence.mark.flatMap { flowEnd(from: source.offset($0)) }
            default:
                return nil
            }
        }

        /// Just after the bracket closing the flow collection that opens at `start`.
        private func flowEnd(from start: Int) -> Int? {
            var depth = 0
            var index = start
            var quote: Unicode.Scalar?
            while let character = source[index] {
                if let open = quote {
                    if open == "\"", character == "\\" {
                        index += 2
                        continue
                    }
                    if character == open {
                        if open == "'", source[index + 1] == "'" {
                            index += 2
                            continue
                        }
                        quote = nil
                    }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == "{" || character == "[" {
                    depth += 1
                } else if character == "}" || character == "]" {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                } else if character == "#", index > 0, source[index - 1] == " " || source[index - 1] == "\n" {
                    index = source.nextLineStart(index)
                    continue
                }
                index += 1
            }
            return nil
        }

        // MARK: Insert

        /// Adds `keys[0]: {keys[1]: {...: value}}` to `mapping`.
        private func insert(
            _ keys: [String], value: String, into mapping: Node.Mapping, inFlow: Bool, text: inout SourceText
        ) throws(ManifestEditError) {
            var entry = YAMLScalarText.format(value, like: .plain)
            for key in keys.dropFirst().reversed() { entry = "{\(YAMLScalarText.key(key)): \(entry)}" }
            entry = "\(YAMLScalarText.key(keys[0])): \(entry)"
            guard let mark = mapping.mark else { throw fail("the mapping has no position") }
            let start = source.offset(mark)
            if isFlow(mapping) {
                guard let end = flowEnd(from: start) else { throw fail("the flow mapping has no closing }") }
                var at = end - 1  // the `}`
                while at > start + 1, source[at - 1] == " " || source[at - 1] == "\n" || source[at - 1] == "\t" {
                    at -= 1
                }
                text.replace(at..<at, with: mapping.isEmpty ? entry : ", \(entry)")
                return
            }
            guard let first = mapping.first?.key.scalar?.mark else {
                throw fail("the mapping has no keys to align with")
            }
            let firstKey = source.offset(first)
            let lineStart = source.lineStart(firstKey)
            let indent = source.scalars[lineStart..<firstKey]
            guard indent.allSatisfy({ $0 == " " }) else {
                throw fail("the mapping's first key does not start its line")
            }
            let indentText = String(String.UnicodeScalarView(indent))
            // After the last key when its value is a single value or flow collection; else as the first key.
            if let last = Array(mapping).last, let end = try nodeEnd(last.value, inFlow: inFlow) {
                let next = source.nextLineStart(end)
                let needsBreak = next == source.scalars.count && source[next - 1] != "\n"
                text.replace(next..<next, with: (needsBreak ? "\n" : "") + indentText + entry + "\n")
            } else {
                text.replace(lineStart..<lineStart, with: indentText + entry + "\n")
            }
        }

        // MARK: Remove

        private func remove(
            _ pair: (key: Node, value: Node), from mapping: Node.Mapping, parentKey: Node?, inFlow: Bool,
            text: inout SourceText
        ) throws(ManifestEditError) {
            guard let keyMark = pair.key.mark, let valueEnd = try nodeEnd(pair.value, inFlow: inFlow) else {
                throw fail("\(edit.path.joined(separator: ".")) is not a single value")
            }
            let keyStart = source.offset(keyMark)
            if inFlow {
                var after = valueEnd
                while source[after] == " " || source[after] == "\n" || source[after] == "\t" { after += 1 }
                if source[after] == "," {
                    after += 1
                    while source[after] == " " || source[after] == "\t" { after += 1 }
                    text.replace(keyStart..<after, with: "")
                    return
                }
                var before = keyStart
                while before > 0, source[before - 1] == " " || source[before - 1] == "\n" || source[before - 1] == "\t"
                {
                    before -= 1
                }
                text.replace((source[before - 1] == "," ? before - 1 : keyStart)..<valueEnd, with: "")
                return
            }
            let lineStart = source.lineStart(keyStart)
            guard source.scalars[lineStart..<keyStart].allSatisfy({ $0 == " " }) else {
                throw fail("the key does not start its line")
            }
            text.replace(lineStart..<source.nextLineStart(valueEnd), with: "")
            guard mapping.count == 1 else { return }
            // The mapping's only key went: the parent key keeps an empty mapping, not a null.
            guard let parentKey, case .scalar(let parentScalar) = parentKey, let parentMark = parentScalar.mark else {
                throw fail("the document would be left without its mapping")
            }
            let parentStart = source.offset(parentMark)
            var colon = try scalarEnd(parentScalar, at: parentStart, inFlow: false)
            while source[colon] == " " { colon += 1 }
            guard source[colon] == ":" else { throw fail("no `:` after \(parentScalar.string)") }
            text.replace((colon + 1)..<(colon + 1), with: " {}")
        }
    }
}
