import Manifest

/// `code.mass-assignment` for everything a request posted, first put in a variable and then handed to a model past its
/// list of assignable fields: Laravel's `$attributes = $request->except(['_token']);` then
/// `$user->forceFill($attributes)` (also when the fields are joined to validated ones: `$request->validated() +
/// $request->except([…])`), or `fill($attributes)` when the variable holds every field but a deny-list. The
/// same call written inline is ``CodeRules/massAssignment``; fields picked by name (`$request->only([…])`,
/// `$request->validated()`) are not a finding.
struct RequestBagAssigned: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.php]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        var everything = Set<String>()
        var allBut = Set<String>()
        for index in lines.indices where lines[index].text.hasBytes("$") && lines[index].text.hasBytes("=") {
            let statement = Self.statement(at: index, in: lines)
            guard statement.hasBytes("request"), let groups = Self.bag.firstMatch(in: statement),
                let name = groups[1], let method = groups[2]
            else { continue }
            everything.insert(String(name))
            if method == "except" { allBut.insert(String(name)) }
        }
        guard !everything.isEmpty else { return [] }
        return lines.compactMap { line in
            guard line.isAdded, line.text.hasBytes("->"), let groups = Self.modelCall.firstMatch(in: line.text),
                let call = groups[1], let name = groups[2].map(String.init),
                call.hasPrefix("force") ? everything.contains(name) : allBut.contains(name)
            else { return nil }
            return file.finding(
                "code.mass-assignment", .high, on: line,
                message: "every field the request posts (`$\(name)`) is assigned to the model, past its list of "
                    + "assignable fields; assign the fields the form may change by name", content: line.text)
        }
    }

    /// The PHP statement that starts on line `index`: its lines through the one that ends it with `;` (at most six).
    private static func statement(at index: Int, in lines: [ChangedFile.Line]) -> String {
        let end = lines[index...].prefix(6).firstIndex { $0.text.trimmingSuffixWhitespace.hasSuffix(";") } ?? index
        return lines[index...end].map(\.text).joined(separator: "\n")
    }

    /// `$name = $request->all()` / `->except([…])` / `->input()`, alone or joined to other fields
    /// (`$request->validated() + $request->except([…])`): group 1 the name, group 2 the method.
    private static let bag = LinePattern(
        #"^\s*\$(\w+)\s*=\s*[^;]*?(?:\$request->|request\(\)->)(all|except|input|post|json)\s*\(\s*(?:\[|\))"#)
    /// A model filled from a variable (group 1 the method, group 2 the variable).
    private static let modelCall = LinePattern(#"->(forceFill|forceCreate|fill|update|create)\s*\(\s*\$(\w+)\s*\)"#)
}
