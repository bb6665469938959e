import Foundation
import Manifest

/// A change that passes a literal flag to a function the file defines, unchanged, whose body that flag makes unsafe:
/// `buildTLS(cfg.CABundle, true)` where `func buildTLS(bundle string, insecure bool)` sets
/// `InsecureSkipVerify: insecure`. The body is judged as static judges a new file, once as it stands and once with the
/// parameter replaced by the literal the call passes; a finding of high severity or above that only the second
/// judgement makes is reported on the call, with its rule. A flag passed through a variable, or one that leaves the
/// body as safe as before (`buildTLS(bundle, false)`), is no finding.
struct LiteralArgumentIntoHelper: FileCheck {
    let kinds = ReviewedFile.code

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        guard !file.diff.isNew else { return [] }
        let lines = file.visible
        let calls = file.addedIndices.flatMap { index in
            Self.callsPassingFlags(on: lines[index].text).map { (index, $0) }
        }
        guard !calls.isEmpty else { return [] }
        let byName = Dictionary(grouping: file.layout.helpers.definitions, by: \.name)
        return calls.compactMap { index, call in
            guard let definitions = byName[call.name], definitions.count == 1, let definition = definitions.first,
                definition.statement != index, call.position < definition.parameters.count,
                let parameter = definition.parameters[call.position],
                let risk = Self.riskOnlyWith(parameter, as: call.flag, in: definition, of: file)
            else { return nil }
            return file.finding(
                risk.rule, risk.severity, on: lines[index],
                message: "this call passes \(call.flag) as \(parameter) to \(call.name), whose body then does this: "
                    + risk.message,
                content: lines[index].text)
        }
    }

    /// A call on a line that passes a bare `true` or `false` (Python's `True`, `False`) at `position`.
    private struct FlagCall {
        let name: String
        let position: Int
        let flag: String
    }

    private static func callsPassingFlags(on line: Substring) -> [FlagCall] {
        guard flags.contains(where: { line.hasBytes($0) }) else { return [] }
        return HelperFunctions.calledNames(in: line).flatMap { name, open in
            let arguments = CodeFlow.arguments(in: CodeFlow.argumentText(line[line.index(after: open)...]))
            return arguments.enumerated().compactMap { position, argument -> FlagCall? in
                let value = argument.trimmingCharacters(in: .whitespaces)
                return flags.contains(value) ? FlagCall(name: String(name), position: position, flag: value) : nil
            }
        }
    }

    /// The first blocking finding static makes of `definition`'s unchanged lines with `parameter` replaced by
    /// `literal`, when it makes none of them as they stand.
    private static func riskOnlyWith(
        _ parameter: String, as literal: String, in definition: HelperFunctions.Definition, of file: ChangedFile
    ) -> ReviewFinding? {
        let body = [definition.statement] + Array(HelperFunctions.body(at: definition.statement, in: file.visible))
        guard body.filter({ !file.visible[$0].isAdded }).count > 1,
            file.blockingFinding(judgingUnchanged: body) == nil
        else { return nil }
        return file.blockingFinding(judgingUnchanged: body) { Self.replacing(parameter, with: literal, in: $0) }
    }

    /// `line` with every whole-word use of `name` but its declaration (`insecure bool`, `insecure: Bool`) replaced.
    private static func replacing(_ name: String, with literal: String, in line: Substring) -> Substring {
        var output = ""
        var word = ""
        for character in line + " " {
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
                continue
            }
            output += word == name ? literal : word
            word = ""
            output.append(character)
        }
        return output.dropLast()
    }

    private static let flags: Set<String> = ["true", "True", "false", "False"]
}
