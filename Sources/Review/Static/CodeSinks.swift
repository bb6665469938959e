import Manifest

/// Code risks by sink and source: a call that runs SQL, a shell command or code, deserialises objects, reads or serves
/// a file, or hashes a password, reached by input that is built by interpolation or concatenation, or comes from a
/// request, directly or through a name assigned earlier in the file (``CodeFlow``). A call on constant input, or on
/// input passed through a sanitiser, is no finding: parameterised queries, argument lists without a shell,
/// `safe_load`, `secure_filename`, bcrypt and friends.
///
/// Each ``Sink`` is one row of data: the calls it matches, the languages it reads, and what about the input makes it
/// a finding (``Sink/Condition``).
struct CodeSinks: FileCheck {
    let kinds = ReviewedFile.code

    /// What makes a sink's input dangerous.
    enum Condition: Sendable {
        /// Anything but a constant string (or a name assigned only one).
        case nonConstant
        /// Anything but a constant, unless the file writes with the same serialiser (its own cache or state) and
        /// the input does not come from the request: data the code wrote itself is not untrusted input; or the
        /// deserialiser is limited to the classes the file allows (an `ObjectInputFilter`, pickle's `find_class`).
        case foreignData
        /// A string built from non-constant parts, a name assigned one, or request input.
        case builtOrRequest
        /// SQL built from strings, or a name assigned such SQL.
        case builtSQL
        /// Request input (directly or through a name), not passed through a path sanitiser or checked for
        /// containment anywhere in the file.
        case requestPath
        /// The call's first argument (a template, an expression) is built or comes from the request.
        case firstArgumentBuiltOrRequest
        /// The call's first argument is a string built from variable parts, or a name holding one: a SQL fragment,
        /// whatever keywords it holds.
        case firstArgumentBuilt
        /// Request input (a name bound to it) used as a query value with no check anywhere in the file that it is a
        /// string: a JSON body can send an operator object (`{"$ne": null}`) instead.
        case untypedRequest
        /// Request input (directly or through a name), with no check of the host it names anywhere in the file.
        case requestURL
        /// A password (a name saying so) hashed by a fast digest.
        case password
        /// The match alone.
        case always
    }

    /// One sink: where the input is read from is the rest of the statement after the match.
    struct Sink: Sendable {
        let rule: String
        let kinds: Set<ReviewedFile.Kind>
        let call: LinePattern
        /// Lowercase words one of which the line must hold before `call` runs.
        let triggers: [String]
        let condition: Condition
        /// Statement text that clears the finding (a safe loader, an escaping call).
        let unless: LinePattern?
        /// What the four lines before the statement, or the statement, must hold (a builder's `Command::new("sh")`).
        let after: LinePattern?

        init(
            _ rule: String, _ kinds: Set<ReviewedFile.Kind>, _ call: String, triggers: [String], _ condition: Condition,
            unless: String? = nil, after: String? = nil
        ) {
            self.rule = rule
            self.kinds = kinds
            self.call = LinePattern(call)
            self.triggers = triggers
            self.condition = condition
            self.unless = unless.map { LinePattern($0) }
            self.after = after.map { LinePattern($0) }
        }
    }

    static let messages: [String: String] = [
        "code.sql-string-built": "SQL is built from strings and run; pass values as query parameters instead",
        "code.command-injection":
            "a shell command is built from input; run the program directly with an argument list",
        "code.subprocess-shell":
            "subprocess runs a built command through a shell (shell=True); pass an argument list without shell=True",
        "code.eval": "code is evaluated from a value; parse the data (JSON, literal_eval) instead of evaluating it",
        "code.unsafe-deserialization":
            "untrusted data is deserialised into objects (runs code); use JSON or another data-only format",
        "code.yaml-unsafe-load": "YAML is loaded with a loader that builds arbitrary objects; use yaml.safe_load",
        "code.path-traversal":
            "a file path comes from the request; reduce it to a file name or check it stays under the base directory",
        "code.template-injection":
            "a template is compiled from request input (server-side template injection); render a fixed template with "
            + "the input as data",
        "code.nosql-injection":
            "a query filter takes a request value whose type is unchecked: a JSON body can send an operator "
            + "({\"$ne\": null}) instead of a string, and a `$where` built from input runs as JavaScript in the "
            + "database; check values are strings, and never build `$where` from input",
        "code.ssrf":
            "the server fetches a URL taken from the request; allow only known hosts, and never internal addresses",
        "code.weak-password-hash":
            "a password is hashed with a fast digest; use bcrypt, scrypt, argon2 or PBKDF2 with a salt",
        "code.open-redirect":
            "the response redirects to a URL taken from the request, which may name another site; redirect only to "
            + "local paths or known hosts",
    ]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        examine(file, recordingSafe: false).findings
    }

    /// The findings, with every sink of a risk class (``RiskClass``) whose call matched on an added line but whose
    /// input static judged safe, and why (``whySafe(_:_:statement:flow:guards:)``).
    func judgement(of file: ChangedFile) -> FileJudgement {
        examine(file, recordingSafe: true)
    }

    /// The findings in `file`, on its added lines and on unchanged lines the change makes unsafe
    /// (``newlyReached(in:)``); with `recordingSafe`, also the sinks on added lines judged safe.
    private func examine(_ file: ChangedFile, recordingSafe: Bool) -> FileJudgement {
        let facts = FileFacts(file)
        var added = examine(facts, lines: file.addedIndices, triggers: file.triggers, recordingSafe: recordingSafe)
        let runOn = Self.callsRunningIntoAddedLines(file)
        if !runOn.isEmpty {
            let lines = runOn.map { UnifiedDiff.Line(number: file.visible[$0].number, text: file.visible[$0].text) }
            let more = examine(facts, lines: runOn, triggers: TriggerIndex(lines), recordingSafe: recordingSafe)
            added.hits += more.hits
            added.safeSinks += more.safeSinks
        }
        let findings = added.hits.map { hit in
            let line = file.visible[hit.index]
            let message = Self.messages[hit.rule] ?? hit.rule
            return file.finding(hit.rule, .high, on: line, message: message, content: line.text)
        }
        return FileJudgement(findings: findings + newlyReached(in: facts), safeSinks: added.safeSinks)
    }

    /// A sink whose input static judged dangerous.
    private struct Hit {
        /// The sink's line, an index into ``ChangedFile/visible``.
        let index: Int
        let rule: String
        /// Where the request input the sink's statement takes was first read (``CodeFlow/requestRoots(of:)``).
        let requestRoots: Set<String>
    }

    /// Sinks on lines the change leaves as they were, made unsafe by what it adds or removes: request input newly
    /// passed to a helper whose unchanged body runs it, a value newly taken from the request above an unchanged
    /// call, a sanitiser or a check removed. Each unchanged sink is judged in the file after the change and, when it
    /// fires there, in the file before it (from the hunks' context and removed lines). One that fires only after the
    /// change, or takes request input read somewhere it did not before (``CodeFlow/requestRoots(of:)``), is reported
    /// on its own line; one that was already as unsafe is not this change's doing.
    private func newlyReached(in facts: FileFacts) -> [ReviewFinding] {
        let file = facts.file
        let diff = file.diff
        guard !diff.isNew, !diff.context.isEmpty else { return [] }
        let removesGuard = diff.removed.contains(where: Self.mayGuard)
        guard
            removesGuard
                || diff.added.contains(where: { CodeFlow.mayReadRequest($0.text) || Self.mayCallAHelper($0.text) })
        else { return [] }
        let unchanged = file.visible.indices.filter { !file.visible[$0].isAdded }
        // A sink that takes no request input after the change is not one the change opened to the request; nor is one
        // whose input was first read only where the change touches nothing, unless it removed a guard. SQL is the
        // exception: text the added lines build into a query (`sql.append(inList)`) is built SQL wherever its values
        // come from, as it would be on an added line.
        let touched = Self.words(in: diff.added.map(\.text))
        let after = examine(facts, lines: unchanged, triggers: TriggerIndex(diff.context), recordingSafe: false).hits
            .filter { hit in
                removesGuard && !hit.requestRoots.isEmpty
                    || hit.requestRoots.contains { root in !Self.words(in: [root[...]]).isDisjoint(with: touched) }
                    || hit.rule == "code.sql-string-built"
                        && !Self.words(in: [file.layout.statements[hit.index]]).isDisjoint(with: touched)
            }
        guard !after.isEmpty else { return [] }
        let previous = file.layout.previous
        var oldDiff = UnifiedDiff.File(path: diff.path, header: "")
        oldDiff.added = previous.lines
        let old = ChangedFile(oldDiff, file: file.file, triggers: TriggerIndex(previous.lines))
        var before: [String: Set<String>] = [:]
        // A guard the change removes counted wherever it stood: a check in `validateCallbackURL`, called where a URL
        // is stored, kept that URL safe where another function later fetches it.
        let oldFacts = FileFacts(old, guardsWholeFile: removesGuard)
        for hit in examine(oldFacts, lines: old.addedIndices, triggers: old.triggers, recordingSafe: false).hits {
            before["\(old.visible[hit.index].number) \(hit.rule)"] = hit.requestRoots
        }
        return after.compactMap { hit in
            let line = file.visible[hit.index]
            // A statement that runs on into added lines is judged there: its unchanged first line is no new sink.
            let span = CodeFlow.statement(at: hit.index, in: file.visible).utf8.count { $0 == UInt8(ascii: "\n") }
            guard !file.visible[hit.index...(hit.index + span)].contains(where: \.isAdded) else { return nil }
            if let number = previous.oldNumber[line.number], let roots = before["\(number) \(hit.rule)"],
                hit.requestRoots.isSubset(of: roots)
            {
                return nil
            }
            let message =
                (Self.messages[hit.rule] ?? hit.rule) + " (this line is unchanged; the change makes its input unsafe)"
            return file.finding(hit.rule, .high, on: line, message: message, content: line.text)
        }
    }

    /// The sinks a function the file defines may share a name with (`async fn fetch(pool, filter)`,
    /// `function hashPassword(p) { return bcrypt.hash(p, 12) }`): a call of it is that function, whose body is judged
    /// where it stands, not the library call.
    private static let rulesALocalFunctionShadows: Set<String> = ["code.ssrf", "code.weak-password-hash"]

    /// The name `match` (a sink's call, a slice of the text it was found in) calls when it is a bare call, not a
    /// method.
    private static func calledName(_ match: Substring) -> String? {
        let text = match.base
        var end = match.endIndex
        while end > match.startIndex, "(! ".contains(text[text.index(before: end)]) { end = text.index(before: end) }
        var start = end
        while start > text.startIndex,
            text[text.index(before: start)].isLetter || text[text.index(before: start)] == "_"
                || text[text.index(before: start)].isNumber
        {
            start = text.index(before: start)
        }
        guard start < end, start == text.startIndex || text[text.index(before: start)] != "." else { return nil }
        return String(text[start..<end])
    }

    /// Unchanged lines whose call runs on into added lines (`resp = rest.postForEntity(` above an added `target,`):
    /// the change rewrites the call's input, so the call is judged with the change's own lines.
    private static func callsRunningIntoAddedLines(_ file: ChangedFile) -> [Int] {
        let lines = file.visible
        var starts = Set<Int>()
        for index in lines.indices.dropFirst() where lines[index].isAdded && !lines[index - 1].isAdded {
            for start in max(0, index - 8)..<index
            where !lines[start].isAdded && Self.leavesACallOpen(lines[start].text) {
                let span = CodeFlow.statement(at: start, in: lines).utf8.count { $0 == UInt8(ascii: "\n") }
                if start + span >= index { starts.insert(start) }
            }
        }
        return starts.sorted()
    }

    /// Whether `line` opens more round brackets than it closes: a call whose arguments run on below, not a block.
    private static func leavesACallOpen(_ line: Substring) -> Bool {
        line.utf8.reduce(0) { depth, byte in
            byte == UInt8(ascii: "(") ? depth + 1 : byte == UInt8(ascii: ")") ? depth - 1 : depth
        } > 0
    }

    /// The names `lines` mention.
    private static func words(in lines: [Substring]) -> Set<Substring> {
        var words = Set<Substring>()
        for line in lines { line.collectWords(into: &words) }
        return words
    }

    /// Whether an added line may pass a value to a function: a call with arguments.
    private static func mayCallAHelper(_ text: Substring) -> Bool {
        guard let open = text.firstIndex(of: "(") else { return false }
        return text[text.index(after: open)...].contains { $0 != ")" && !$0.isWhitespace }
    }

    /// Whether a removed line may have guarded a sink: a sanitiser, a containment or host check, an allow-list, or a
    /// condition that refuses.
    private static func mayGuard(_ text: Substring) -> Bool {
        CodeFlow.sanitizer.matches(text)
            || guardWords.contains(where: text.hasBytesIgnoringCase)
    }

    private static let guardWords =
        containmentWords + hostCheckWords + [
            "abort", "raise", "throw", "forbid", "403", "400", "in_array", "includes(", "contains(", " in ", "valid",
        ]

    /// The sinks on `lines` (indices into ``ChangedFile/visible``, ascending) whose input is dangerous; with
    /// `recordingSafe`, also those judged safe, which costs the flow of names and a call match on lines the findings
    /// alone would rule out by a byte check. `triggers` indexes the same lines, in the same order.
    private func examine(
        _ facts: FileFacts, lines: [Int], triggers: TriggerIndex, recordingSafe: Bool
    ) -> (hits: [Hit], safeSinks: [SafeSink]) {
        let file = facts.file
        let sinks = Self.sinks.filter { $0.kinds.contains(file.file.kind) } + Self.aliasedShells(in: file)
        // Lines holding a sink's trigger word or a SQL word, found with one byte search per word over the file.
        var linesByWord: [String: [Int]] = [:]
        let words = Array(Set(sinks.flatMap(\.triggers) + Self.sqlWords)).sorted()
        let candidateLines = triggers.lines(containingAnyOf: words, cache: &linesByWord)
        let candidates = candidateLines.map { lines[$0] }
        let addedLine = Dictionary(uniqueKeysWithValues: zip(candidates, candidateLines))
        let wordLines = linesByWord.mapValues(Set.init)
        guard !candidates.isEmpty else { return ([], []) }
        // The whole file's flow rules sinks out before one function's is worked out: a name a function's flow
        // records as built or request input, the file's records too, unless another function later reassigned it
        // from a sanitiser, a constant or a record lookup.
        func tainting() -> CodeFlow? { facts.mayTaint ? facts.flow : nil }
        var hits: [Hit] = []
        var safeSinks: [SafeSink] = []
        for index in candidates where !Self.isComment(file.visible[index].text) {
            let line = file.visible[index]
            let statement = CodeFlow.statement(at: index, in: file.visible)
            let mayBuild = CodeFlow.mayBuildString(statement)
            var fired = Set<String>()
            // A line that opens a block (`fn build_query(…) {`) is judged alone: its body's lines are their own. A
            // builder's chain (`.where('u.active')` above `.andWhere('… :term', { term })`) is judged call by call.
            let unchained = CodeFlow.statement(at: index, in: file.visible, followingChains: false)
            let sqlStatement = Self.opensBlock(line.text) ? line.text : unchained
            if mayBuild, CodeFlow.sql.matches(Self.literalText(sqlStatement)),
                facts.flow(at: index).isBuilt(Self.withoutBoundParameters(Self.withoutBindCalls(sqlStatement))),
                !Self.isBoundByAnEarlierCall(index, in: file.visible, statement: sqlStatement)
            {
                fired.insert("code.sql-string-built")
            }
            let lineInIndex = addedLine[index] ?? -1
            for sink in sinks
            where !fired.contains(sink.rule)
                && sink.triggers.contains(where: { wordLines[$0]?.contains(lineInIndex) == true })
            {
                let mayHold = Self.mayHold(
                    sink.condition, statement: statement, line: line.text, mayBuild: mayBuild, tainting: tainting)
                let riskClass = recordingSafe ? RiskClass(staticRule: sink.rule) : nil
                guard mayHold || riskClass != nil else { continue }
                // SQL is judged call by call along a builder's chain; a client's chain leads to its request call.
                let full = sink.condition == .builtSQL ? unchained : file.layout.statements[index]
                // The call starts on this line: one on a line the statement runs on to is that line's own.
                guard let match = sink.call.firstMatch(in: full), let whole = match[0],
                    full.utf8.distance(from: full.startIndex, to: whole.startIndex) < line.text.utf8.count,
                    sink.after.map({ $0.matches(Self.before(index, in: file.visible) + full) }) ?? true,
                    !(Self.rulesALocalFunctionShadows.contains(sink.rule)
                        && Self.calledName(whole).map(facts.functionsDefined.contains) == true)
                else { continue }
                // `whole` is a slice of a copy of the statement: what follows it there is the sink's input.
                let argument = whole.base[whole.endIndex...]
                // SQL is judged with the call, which may be one that binds what it interpolates.
                let input =
                    sink.condition != .builtSQL
                    ? argument
                    : Self.boundValuesDropped(from: argument).map { Substring(whole + $0) }
                        ?? whole.base[whole.startIndex...]
                let reason: String
                if let unless = sink.unless, !Self.interpolatesInDoubleQuotes(full, kind: file.file.kind),
                    let cleared = unless.firstMatch(in: full)?[0]
                        ?? unless.firstMatch(in: facts.aliasTargets(in: full))?[0]
                {
                    reason =
                        "the statement uses " + String(cleared.reversed().drop { $0 == "(" || $0 == " " }.reversed())
                } else if mayHold,
                    Self.holds(
                        sink.condition, input, statement: full, flow: facts.flow(at: index),
                        guards: facts.guards.atSink(index))
                {
                    fired.insert(sink.rule)
                    continue
                } else {
                    reason = Self.whySafe(
                        sink.condition, argument, statement: full, flow: facts.flow(at: index),
                        guards: facts.guards.atSink(index))
                }
                if let riskClass {
                    safeSinks.append(
                        SafeSink(riskClass: riskClass, file: file.file.path, line: line.number, reason: reason))
                }
            }
            if !fired.isEmpty {
                let flow = facts.flow(at: index)
                let statement = file.layout.statements[index]
                // A URL vetted only for its shape (``CodeFlow/onlyValidatedNames``) is request input it carries.
                let vetted =
                    flow.onlyValidatedNames.isEmpty
                    ? [] : Set(CodeFlow.identifiers(in: statement)).intersection(flow.onlyValidatedNames)
                let roots = flow.requestRoots(of: statement).union(vetted)
                hits += fired.sorted().map { Hit(index: index, rule: $0, requestRoots: roots) }
            }
        }
        if facts.mayTaint, !facts.flow.requestTextAddedToSQL.isEmpty {
            let reported = Set(hits.filter { $0.rule == "code.sql-string-built" }.map(\.index))
            for index in lines
            where facts.flow(at: index).requestTextAddedToSQL.contains(index) && !reported.contains(index) {
                let roots = facts.flow(at: index).requestRoots(of: file.layout.statements[index])
                hits.append(Hit(index: index, rule: "code.sql-string-built", requestRoots: roots))
            }
        }
        return (hits, safeSinks)
    }

    /// True for a line that is a comment in the languages sinks are read in (`//`, `#`, `/*`, `*`, `--`, `%`): a
    /// sink named in prose (`// BinaryFormatter is unsafe`) is no call.
    static func isComment(_ line: Substring) -> Bool {
        let text = line.drop { $0 == " " || $0 == "\t" }
        return text.hasPrefix("//") || text.hasPrefix("#") && !text.hasPrefix("#{") || text.hasPrefix("/*")
            || text.hasPrefix("* ") || text == "*" || text.hasPrefix("-- ") || text.hasPrefix("% ")
    }

    /// Why a sink's input is safe when its `condition` does not hold: a sanitiser on the input, a name the file
    /// assigned safely, else what the condition asks of the file (a containment check, data the file wrote itself).
    private static func whySafe(
        _ condition: Condition, _ argument: Substring, statement: Substring, flow: CodeFlow, guards: SinkGuards
    ) -> String {
        let input = CodeFlow.argumentText(argument)
        if let sanitizer = CodeFlow.sanitizer.firstMatch(in: input)?[1] {
            return "its input passes through " + sanitizer
        }
        if let safety = flow.safety(of: input) { return safety }
        switch condition {
        case .foreignData where guards.restrictsClasses:
            return "the deserialiser builds only the classes the file allows"
        case .foreignData where guards.writesSerialised:
            return "the file loads only data it serialised itself (its own cache or state), not request input"
        case .requestPath where guards.checksContainment:
            return "the file checks the path stays under its base directory"
        case .requestURL where guards.checksHost: return "the file checks the host the URL names"
        case .untypedRequest where guards.checksType(of: argument, flow: flow):
            return "the file checks the value is a string"
        case .password where slowHash.matches(statement): return "the password goes to a slow password hash"
        case .password where guards.looksUpBreaches:
            return "the digest is the key of a breached-password range lookup, compared and not stored"
        case .password: return "no password reaches the digest"
        case .builtSQL:
            return "the SQL text is not built from variable input (constants, allow-listed values, bound parameters)"
        case .requestPath, .requestURL, .untypedRequest: return "its input does not come from the request"
        default: return "its input is a constant, neither built from variable parts nor taken from the request"
        }
    }

    /// Names a file gives a shell-running function (`const run = promisify(exec)`, `const { execSync: sh } =
    /// require("child_process")`, `run = os.system`), each as a sink of its own: calling the alias is calling the shell.
    static func aliasedShells(in file: ChangedFile) -> [Sink] {
        let kind = file.file.kind
        guard let pattern = Self.shellAlias[kind] else { return [] }
        let words = ["exec", "system", "popen", "getoutput"]
        let names = file.visible.filter { line in words.contains(where: line.text.hasBytes) }
            .flatMap { line in pattern.matches(in: line.text).compactMap { $0[1] ?? $0[2] } }
        guard !names.isEmpty else { return [] }
        let alternatives = Set(names).sorted().joined(separator: "|")
        return [
            Sink(
                "code.command-injection", [kind], #"(^|[^.\w$])("# + alternatives + #")\s*\("#,
                triggers: Set(names.map { $0.lowercased() }).sorted(), .nonConstant)
        ]
    }

    /// An alias of a shell-running function (group 1, or group 2 for a destructured rename), per language.
    private static let shellAlias: [ReviewedFile.Kind: LinePattern] = [
        .javascript: LinePattern(
            #"(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:(?:util\.)?promisify\(\s*(?:[\w$.]+\.)?"#
                + #"(?:exec|execSync)\s*\)|(?:[\w$]+\.)?(?:exec|execSync)\s*;?\s*$)|\{[^}]*\b(?:exec|execSync)\s*:\s*"#
                + #"([A-Za-z_$][\w$]*)"#),
        .python: LinePattern(
            #"^\s*([A-Za-z_]\w*)\s*=\s*(?:os\.system|os\.popen|subprocess\.getoutput|commands\.getoutput)\s*$"#),
    ]

    /// Whether line `index` is the SQL argument of a call on the lines before it that binds what the SQL interpolates
    /// (``CodeFlow/parameterisedSQL``: `FromSqlInterpolated(` and the literal on the next line).
    private static func isBoundByAnEarlierCall(_ index: Int, in lines: [ChangedFile.Line], statement: Substring) -> Bool
    {
        let context = before(index, in: lines)
        guard !context.isEmpty else { return false }
        return !CodeFlow.parameterisedSQL.removingMatches(in: context + statement).contains(statement)
    }

    /// The four visible lines before line `index`, joined.
    private static func before(_ index: Int, in lines: [ChangedFile.Line]) -> String {
        lines[max(0, index - 4)..<index].map { $0.text + "\n" }.joined()
    }

    /// What static works out about a whole file, once, and only when some line needs it: the flow of names through
    /// it, whether any name can be tainted at all (``CodeFlow/mayTaint(_:)``), and its guards. The added lines and the
    /// unchanged ones (``newlyReached(in:)``) share it.
    private final class FileFacts {
        let file: ChangedFile
        /// The flow of names through the whole file (``ChangedFile/flow``).
        var flow: CodeFlow { file.flow }
        lazy var mayTaint = CodeFlow.mayTaint(file.visible)
        lazy var guards = FileGuards(file, wholeFile: guardsWholeFile)
        /// Whether a guard counts wherever it stands in the file, not only in its own function (``FunctionScopes``).
        private let guardsWholeFile: Bool
        /// The functions the file defines by keyword (``HelperFunctions/keywordDefinedName(on:)``).
        lazy var functionsDefined: Set<String> = Set(
            file.visible.compactMap { HelperFunctions.keywordDefinedName(on: $0.text).map(String.init) })
        /// Each name the file binds to another (``aliasTargets(in:)``).
        private lazy var aliases = Self.aliases(in: file.visible)

        init(_ file: ChangedFile, guardsWholeFile: Bool = false) {
            self.file = file
            self.guardsWholeFile = guardsWholeFile
        }

        /// The flow of names as the function or callback holding line `index` sees it (``ChangedFile/flow(at:)``).
        func flow(at index: Int) -> CodeFlow { file.flow(at: index) }

        /// What the names `text` mentions stand for, when the file binds them to other names: `CSafeLoader SafeLoader`
        /// for `yaml.load(fh, Loader=_Loader)` after `from yaml import CSafeLoader as _Loader` (or `SafeLoader` in its
        /// `except ImportError:`). A sink's safe spelling (``Sink/unless``) counts through an alias.
        func aliasTargets(in text: Substring) -> String {
            guard !aliases.isEmpty else { return "" }
            var words = Set<Substring>()
            text.collectWords(into: &words)
            return words.flatMap { aliases[String($0)] ?? [] }.joined(separator: " ")
        }

        /// `from yaml import CSafeLoader as _Loader`, `Loader = yaml.SafeLoader`,
        /// `Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)`: the alias and the names it is bound to.
        private static func aliases(in lines: [ChangedFile.Line]) -> [String: [String]] {
            var aliases: [String: [String]] = [:]
            for line in lines where line.text.hasBytes(" as ") || line.text.hasBytes("=") {
                guard let groups = alias.firstMatch(in: line.text), let name = groups[2] ?? groups[3] else { continue }
                let targets = [groups[1], groups[4], groups[5], groups[6]].compactMap { $0.map(String.init) }
                aliases[String(name), default: []] += targets
            }
            return aliases
        }

        private static let alias = LinePattern(
            #"^\s*from\s+[\w.]+\s+import\s+(\w+)\s+as\s+(\w+)\s*$|^\s*(\w+)\s*=\s*(?:(?:[\w.]+\.)?(\w+)|"#
                + #"getattr\(\s*\w+\s*,\s*["'](\w+)["']\s*,\s*(?:[\w.]+\.)?(\w+)\s*\))\s*$"#)
    }

    /// What the file does to guard its inputs (and where it passes passwords), each looked up the first time a sink's
    /// condition asks: most files never need most of them. A check of a path, a host, a value's type or a fast digest
    /// guards the sinks of its own function (``FunctionScopes``); data the file serialised itself and a class filter
    /// guard the whole file.
    private final class FileGuards {
        private let file: ChangedFile
        /// Whether a guard counts wherever it stands, as in the file before a change that removes one.
        private let wholeFile: Bool

        init(_ file: ChangedFile, wholeFile: Bool) {
            self.file = file
            self.wholeFile = wholeFile
        }

        /// Checks that a path stays under a base directory.
        lazy var containmentChecks = lines(
            holding: CodeSinks.containmentWords, matching: CodeSinks.containmentCheck,
            ignoring: CodeSinks.rootPrefixTest)
        /// Fast digests made for later `update`/`digest` calls.
        lazy var fastHashes = lines(holding: CodeSinks.fastHashWords, matching: CodeSinks.fastHashConstructor)
        /// Breached-password lookups (``CodeSinks/breachLookup``).
        lazy var breachLookups = lines(holding: CodeSinks.breachLookupWords, matching: CodeSinks.breachLookup)
        /// Passwords stored again with a slow hash (`password_hash($password, PASSWORD_DEFAULT)`, `bcrypt.hash(…)`).
        lazy var slowHashes = lines(holding: CodeSinks.slowHashWords, matching: CodeSinks.slowHash)
        /// Checks of the host a URL names.
        lazy var hostChecks = lines(holding: CodeSinks.hostCheckWords, matching: CodeSinks.hostCheck)
        /// Checks that a request value is a plain string.
        lazy var typeChecks = lines(holding: CodeSinks.typeCheckWords, matching: CodeSinks.typeCheck)
        /// Objects written to a file by a serialiser that runs code on load (`pickle.dump(tiles, fh)`).
        lazy var writesSerialised = !lines(holding: CodeSinks.serialiserWords, matching: CodeSinks.serialisedWrite)
            .isEmpty
        /// A deserialiser limited to the classes the file allows.
        lazy var restrictsClasses = !lines(holding: CodeSinks.classFilterWords, matching: CodeSinks.classFilter)
            .isEmpty
        /// Parameters of the file's functions that a call passes a password to (`legacyDigest($plainPassword)`):
        /// inside, the parameter is that password whatever it is called.
        /// So are the parameters of a function named for the password it takes (`hash_password(raw)`,
        /// `setPassword(userId, raw)`), and those it passes them to.
        /// Each such parameter with the lines of the functions that take it as a password: the name is a password
        /// only inside them (`plain` in `HashPassword(plain)` is not the `plain` token of `tokenDigest(plain)`).
        lazy var passwordParameters: [String: [Int]] = {
            guard file.visible.contains(where: { CodeSinks.passwordName.matches($0.text) }) else { return [:] }
            let helpers = file.layout.helpers
            var named: [String: [Int]] = [:]
            for definition in helpers.definitions where CodeSinks.passwordFunction.matches(definition.name) {
                for case let parameter? in definition.parameters {
                    named[parameter, default: []].append(definition.statement)
                }
            }
            var found = named
            let passed = helpers.parametersAndFunctions { argument, line in
                CodeSinks.passwordName.matches(CodeFlow.codeText(argument))
                    || !named.isEmpty
                        && CodeFlow.identifiers(in: argument).contains { name in
                            named[name]?.contains { file.layout.scopes.function(at: $0, holds: line) } ?? false
                        }
            }
            for (parameter, function) in passed { found[parameter, default: []].append(function) }
            return found
        }()

        /// Whether `name` is a parameter the function holding line `index` takes a password in.
        func takesPassword(_ name: String, at index: Int) -> Bool {
            passwordParameters[name]?.contains { file.layout.scopes.function(at: $0, holds: index) } ?? false
        }

        /// Whether the type check on line `index` checks every value, or names one of `names`.
        func checksEveryValue(on index: Int, orOneOf names: Set<String>) -> Bool {
            let text = file.visible[index].text
            return !CodeSinks.oneValueTypeCheck.matches(text)
                || CodeFlow.identifiers(in: text).contains(where: names.contains)
        }

        /// The guards that apply to the sink on line `index`.
        func atSink(_ index: Int) -> SinkGuards { SinkGuards(guards: self, index: index) }

        /// Whether one of `guardLines` guards line `index`.
        func covers(_ guardLines: [Int], _ index: Int) -> Bool {
            wholeFile ? !guardLines.isEmpty : guardLines.contains { file.layout.scopes.guardLine($0, covers: index) }
        }

        /// The visible lines holding one of `words` (lowercase) that match `pattern`, once what `ignored` matches is
        /// taken out. A comment guards nothing (`# not just the hosts in ALLOWED_HOSTS`).
        private func lines(holding words: [String], matching pattern: LinePattern, ignoring ignored: LinePattern? = nil)
            -> [Int]
        {
            file.visible.indices.filter { index in
                let text = file.visible[index].text
                guard words.contains(where: text.hasBytesIgnoringCase), !CodeSinks.isComment(text) else { return false }
                return pattern.matches(ignored.map { $0.removingMatches(in: text) } ?? String(text))
            }
        }
    }

    /// The guards of ``FileGuards`` that apply to one sink.
    private struct SinkGuards {
        let guards: FileGuards
        let index: Int

        var checksContainment: Bool { guards.covers(guards.containmentChecks, index) }
        var makesFastHash: Bool { guards.covers(guards.fastHashes, index) }
        var looksUpBreaches: Bool { guards.covers(guards.breachLookups, index) }
        var hashesSlowly: Bool { guards.covers(guards.slowHashes, index) }
        var checksHost: Bool { guards.covers(guards.hostChecks, index) }
        /// Whether a type check covering the sink checks what `argument` passes: a cast or test of one value
        /// (`String(password)`, `typeof token === 'string'`) checks that value alone; a sanitiser of every value
        /// (`mongoSanitize()`, a schema) checks them all.
        func checksType(of argument: Substring, flow: CodeFlow) -> Bool {
            let names = Set(CodeFlow.identifiers(in: argument)).union(flow.requestRoots(of: argument))
            return guards.covers(guards.typeChecks.filter { guards.checksEveryValue(on: $0, orOneOf: names) }, index)
        }
        var writesSerialised: Bool { guards.writesSerialised }
        var restrictsClasses: Bool { guards.restrictsClasses }

        /// Whether `argument` names a parameter a call passes a password to.
        func receivesPassword(_ argument: Substring) -> Bool {
            guard !guards.passwordParameters.isEmpty else { return false }
            return CodeFlow.identifiers(in: argument).contains { guards.takesPassword($0, at: index) }
        }
    }

    /// Words of a SQL statement: a line holding one may build SQL even when no sink call is on it.
    private static let sqlWords = ["select", "where", "insert", "update", "delete", "like"]
    private static let containmentWords = [
        "startswith", "hasprefix", "relative_to", "commonpath", "str_starts_with", "start_with?", "starts_with",
        "islocal", "strpos(", "base(", "basename(", "getfilename(", "file_name(", ".rel(", "relpath(", "relative(",
    ]
    private static let typeCheckWords = [
        "typeof", "string(", "isinstance", "sanitize", "$eq", "zod", "joi", "z.string",
    ]
    /// A cast or test of one value's type, which checks that value alone.
    fileprivate static let oneValueTypeCheck = LinePattern(#"\btypeof\b|\bString\(|\bisinstance\(|\bisString\("#)
    /// A check that a request value is a plain string (or a sanitiser that strips operators).
    private static let typeCheck = LinePattern(
        #"(\btypeof\s+[\w.]+\s*[!=]==?\s*["']string|\bString\(|\bisinstance\([^)]*\bstr\b|mongo-?[sS]anitize|"#
            + #"\bsanitize\w*\(|\$eq\b|\bz\.string\(|\bJoi\.string\(|\bisString\()"#)
    private static let hostCheckWords = [
        "host", "allow", "private", "loopback", "internal", "trusted", "safe", "localurl", "local_url", "ssrf",
        "guarded", "origin", "\"//", "'//", "\\\\", "(?!",
    ]
    /// A check of the host a URL names: an allow-list (also a collection named for hosts, `host in IMPORT_HOSTS`,
    /// `EXTERNAL_AVATAR_HOSTS.has(url.hostname)`, not a block- or deny-list), or a refusal of private and loopback
    /// addresses. A test that the host is not empty (`u.Host == ""`) checks the URL's shape, not where it points.
    private static let hostCheck = LinePattern(
        #"(?i)(allow(?!_other_host)\w*(host|domain|origin)|(host|domain)s?_?allow|trusted_?(host|domain)|"#
            + #"\.host(name)?\s*(not\s+)?in\b|"#
            + #"\b(?!\w*(block|deny|ban|disallow|forbid|reject))\w*(host|domain)s\w*\."#
            + #"(has|includes|contains|include\?)"#
            + #"\s*\(\s*[\w.]*host|"#
            // A lookup in a table of hosts: Go's `avatarHosts[u.Hostname()]`.
            + #"\b(?!\w*(block|deny|ban|disallow|forbid|reject))\w*(host|domain)s\w*\["#
            + #"\s*[\w.]*host(name)?(\(\))?\s*\]|"#
            + #"\b(host|hostname|domain)\s+(not\s+|!)?in\s+(self\.|this\.)?"#
            + #"(?!\w*(block|deny|ban|disallow|forbid|reject))\w*(allow|trust|host|domain|permit|known)\w*|"#
            + #"(hostname|host|origin)\)?\s*(===?|!==?)(?!\s*(""|''))|(===?|!==?)\s*\*?(host|hostname)\b|"#
            + #"is_private|isprivate|is_loopback|isloopback|is_internal|"#
            + #"private_?(ip|address|network)|(allowed|permitted)\w*\.(has|includes|contains)\s*\(\s*\w*\.?host|"#
            // A redirect target checked to stay on this site, also by refusing a protocol-relative `//host` (a test
            // that it starts with `/` alone lets `//evil.example` through).
            + #"url_has_allowed_host_and_scheme|is_safe_url|IsLocalUrl|isLocalUrl|is_local_url|"#
            + #"(starts_?with|hasprefix|start_with\?|str_starts_with)\s*\((?:[^(),]*,\s*)?["'](//|\\\\|/\\\\)["']|"#
            // A pattern matching only a local path, no `//host` after its slash: `^/(?![/\\])`, `^\/(?!\/)`.
            + #"\^\\?/\(\?!\[?\\?/|"#
            // A client, transport or dialer named for refusing internal addresses, used (`safeClient.Do(out)`).
            + #"\b(safe|guarded|ssrf\w*)_?(http)?_?(client|transport|dialer|fetch\w*|agent)\s*[.(])"#)
    private static let serialiserWords = ["pickle", "marshal", "dill"]
    /// A dump into a file (`pickle.dump(tiles, fh)`), not into bytes sent elsewhere (`Marshal.dump(ids)` for a cookie).
    private static let serialisedWrite = LinePattern(
        #"\b(c?[Pp]ickle|marshal|dill|Marshal)\.dump\s*\(\s*[\w.\[\]]+(\([^()]*\))?\s*,"#)
    private static let classFilterWords = [
        "objectinputfilter", "serialfilter", "validatingobjectinputstream", "find_class", "resolveclass",
    ]
    /// A deserialiser told which classes it may build: Java's `ObjectInputFilter` (JEP 290, on the stream or the whole
    /// process), commons-io's `ValidatingObjectInputStream`, an overridden `resolveClass` or pickle's `find_class`.
    private static let classFilter = LinePattern(
        #"(\.setObjectInputFilter\s*\(|\bsetSerialFilter\s*\(|\bValidatingObjectInputStream\b|"#
            + #"\bresolveClass\s*\(|\bdef\s+find_class\s*\()"#)
    private static let fastHashWords = ["messagedigest", ".new()", "createhash", "::new()", ".create()", "hashlib."]
    /// A password's digest cut to the five characters a breached-password range API takes (Have I Been Pwned's
    /// k-anonymity lookup: `digest[:5]`, `hash.substring(0, 5)`, `substr($sha1, 0, 5)`, `digest.prefix(5)`), or the
    /// API named: there the fast digest is the API's key, compared and thrown away, never stored.
    private static let breachLookup = LinePattern(
        #"(?i)pwnedpasswords|\[\s*0?\s*:\s*5\s*\]|\[\s*0?\s*\.\.[.<]?\s*5\s*\]|\[\s*0\s*,\s*5\s*\]|"#
            + #"\b(?:substring|substr|slice|prefix|take|left)\s*\(\s*(?:\$?[\w.]+\s*,\s*)?(?:0\s*,\s*)?5\s*\)"#)
    private static let breachLookupWords = ["pwned", "5"]

    /// A cheap necessary condition for `condition`: false rules the sink out before any regular expression runs.
    /// `tainting` is the file's flow, or nil when no name in the file can be built or request-derived
    /// (``CodeFlow/mayTaint(_:)``): then the flow is not worked out just to find its sets empty.
    private static func mayHold(
        _ condition: Condition, statement: Substring, line: Substring, mayBuild: Bool, tainting: () -> CodeFlow?
    ) -> Bool {
        func mentions(_ names: KeyPath<CodeFlow, Set<String>>) -> Bool {
            tainting()?[keyPath: names].contains(where: statement.hasBytes) ?? false
        }
        switch condition {
        case .always, .nonConstant, .foreignData: return true
        case .password:
            // A digest fed a parameter a call passes a password to (``FileGuards/passwordParameters``: `h.update(
            // plain.as_bytes())` in `fast_digest(salt, plain)`, called from `hash_password`) names none.
            return ["pass", "pwd", "md5", "sha", "update("].contains(where: line.hasBytesIgnoringCase)
        case .builtSQL: return mayBuild || mentions(\.sqlNames)
        case .builtOrRequest, .firstArgumentBuiltOrRequest:
            return mayBuild || CodeFlow.mayReadRequest(statement) || mentions(\.builtNames) || mentions(\.requestNames)
        case .firstArgumentBuilt: return mayBuild || mentions(\.builtNames)
        case .requestPath:
            return CodeFlow.mayReadRequest(statement) || mentions(\.requestNames) || tainting()?.readsArchive == true
        case .requestURL:
            return CodeFlow.mayReadRequest(statement) || mentions(\.requestNames) || mentions(\.onlyValidatedNames)
        case .untypedRequest:
            return CodeFlow.mayReadRequest(statement) || mentions(\.requestNames)
        }
    }

    private static func holds(
        _ condition: Condition, _ argument: Substring, statement: Substring, flow: CodeFlow, guards: SinkGuards
    ) -> Bool {
        switch condition {
        case .always: return true
        case .nonConstant:
            return !flow.isConstantArgument(argument) && !CodeFlow.sanitizer.matches(argument)
                && !flow.isBuiltOnlyFromSafeParts(CodeFlow.argumentText(argument))
        case .foreignData:
            return holds(.nonConstant, argument, statement: statement, flow: flow, guards: guards)
                && !(guards.writesSerialised && !flow.isRequestDerived(argument)) && !guards.restrictsClasses
        case .builtOrRequest:
            // A sanitiser clears only what it wraps: `"ffmpeg -ss {$at} -i " . escapeshellarg($source)` runs `at`.
            let unsanitised = CodeFlow.withoutSanitizerCalls(argument)
            return flow.isBuilt(unsanitised) || flow.isRequestDerived(unsanitised)
                || flow.mentionsAny(unsanitised, of: flow.builtNames)
        case .builtSQL:
            return flow.isBuiltSQL(argument)
        case .requestPath:
            // A sanitiser clears only what it wraps: `download_name=basename(path)` names the download, and `path` is
            // still the file read. The name a download is offered under is no path either.
            let path = downloadName.removingMatches(
                in: writtenContents.removingMatches(in: CodeFlow.withoutSanitizerCalls(argument)))
            return !guards.checksContainment && flow.isRequestDerived(path)
        case .requestURL:
            let url = flow.withoutFixedHostURLs(Self.urlArgument(CodeFlow.argumentText(argument)))
            return !guards.checksHost
                && (flow.isRequestDerived(url) || flow.mentionsAny(url, of: flow.onlyValidatedNames))
        case .untypedRequest:
            return !guards.checksType(of: argument, flow: flow) && flow.isRequestDerived(argument)
        case .firstArgumentBuiltOrRequest:
            let first = CodeFlow.argumentText(argument, stoppingAtComma: true)
            // A constant table's entry is a constant, whatever request key picked it (`SORT.fetch(params[:sort])`).
            let read = CodeFlow.withoutConstantTableEntries(first)
            return (flow.isBuilt(first) || flow.isRequestDerived(read) || flow.mentionsAny(first, of: flow.builtNames))
                && !flow.isConstantArgument(first)
        case .firstArgumentBuilt:
            let first = CodeFlow.argumentText(argument, stoppingAtComma: true)
            return (flow.isBuilt(first) || flow.mentionsAny(first, of: flow.builtNames))
                && !flow.isConstantArgument(first)
        case .password:
            let direct = fastHashCall.matches(statement)
            let namesPassword =
                passwordName.matches(CodeFlow.codeText(argument)) || passwordKey.matches(argument)
                || guards.receivesPassword(CodeFlow.argumentText(argument))
            // A legacy digest compared with the stored one, where a slow hash then stores the password again, is
            // a migration off the fast digest (`hash_equals($stored, md5($password))`, then `password_hash(…)`).
            let migrates = guards.hashesSlowly && digestComparison.matches(statement)
            return namesPassword && !slowHash.matches(statement) && !guards.looksUpBreaches && !migrates
                && (direct || guards.makesFastHash && !passwordArgument.matches(statement))
        }
    }

    /// Whether `line` opens a block: `fn build_query(…) {`, Ruby's `lambda { |query|` and `each do |row|`.
    private static func opensBlock(_ line: Substring) -> Bool {
        let end = line.trimmingSuffixWhitespace
        return end.hasSuffix("{") || end.hasSuffix("|") && (end.hasBytes("{ |") || end.hasBytes("do |"))
    }

    /// A statement opening with a call (`cur.execute(`, `rows = db.query(`), less the arguments of that call that bind
    /// values (``boundValuesDropped(from:)``); any other statement as it is.
    private static func withoutBoundParameters(_ statement: Substring) -> Substring {
        guard let open = statement.firstIndex(of: "("), !statement[..<open].contains(where: { "\"'`".contains($0) }),
            let kept = boundValuesDropped(from: statement[statement.index(after: open)...])
        else { return statement }
        return Substring(statement[...open] + kept)
    }

    /// `statement` less the calls that bind a value to a query (`qb.push(" AND target LIKE ").push_bind(format!(…))`,
    /// `.bind(…)`, `setParameter(…)`): what they are given is a parameter, built however it likes.
    private static func withoutBindCalls(_ statement: Substring) -> Substring {
        guard statement.hasBytes("ind") || statement.hasBytes("aram") || statement.hasBytes("Value") else {
            return statement
        }
        return CodeFlow.withoutCalls(matching: bindCall, in: statement)[...]
    }

    private static let bindCall = LinePattern(
        #"\.(?:push_bind|bind|bind_param|bindValue|bindParam|setParameter|addValue|AddWithValue)\s*\("#)

    /// A call's arguments (the text after its bracket, and what follows the call) less those after the first that
    /// bind values: a tuple, list or map there (`(f"%{term}%",)`, `[name]`, `{"q": q}`), or a named value (Rails'
    /// `where("… ILIKE :q", q: pattern)`), holds a query's parameters, built however they like. Nil when no argument
    /// is one.
    private static func boundValuesDropped(from arguments: Substring) -> String? {
        let pieces = CodeFlow.arguments(in: arguments)
        let kept = pieces.enumerated().filter { offset, piece in
            let start = piece.drop(while: \.isWhitespace)
            return offset == 0 || !"([{".contains(start.first ?? " ") && !namedValue.matches(start)
        }
        guard kept.count < pieces.count else { return nil }
        return kept.map(\.element).joined(separator: ", ")
    }

    /// A value passed by name, Ruby's way: `q: pattern`.
    private static let namedValue = LinePattern(#"^[a-z_]\w*:\s"#)

    /// The URL a client call is given: its first argument, or the `url:` of a configuration object
    /// (`http.request({ method: dto.method, url: target })`, whose other fields say nothing of where it goes).
    private static func urlArgument(_ arguments: Substring) -> Substring {
        guard arguments.drop(while: \.isWhitespace).first == "{",
            let url = configURL.firstMatch(in: arguments, capture: 1)
        else {
            // The request's query, body and headers (`params=…`, `json=…`) do not name the host it goes to.
            guard arguments.hasBytes("="), arguments.hasBytes(",") else { return arguments }
            let named = CodeFlow.arguments(in: arguments).filter { !requestPart.matches($0) }
            return Substring(named.joined(separator: ", "))
        }
        return url
    }

    /// A keyword argument for a request's query, body, headers or options: `params=…`, `json=…`, `timeout=…`.
    private static let requestPart = LinePattern(
        #"^\s*(?:params|json|data|headers|timeout|auth|cookies|files|query|form|body)\s*=(?!=)"#)

    /// A configuration object's URL (group 1): `url: target`, `uri: …`, `baseURL: …`.
    private static let configURL = LinePattern(#"\b(?:url|uri|baseURL|baseUrl)\s*:\s*([^,}\n]+)"#)

    /// Whether a PHP `statement` interpolates a variable into a double-quoted literal (`"ffmpeg -ss {$at} -i "`): an
    /// escaping call elsewhere in it (a sink's ``Sink/unless``) does not reach that value, so the flow judges it.
    private static func interpolatesInDoubleQuotes(_ statement: Substring, kind: ReviewedFile.Kind) -> Bool {
        guard kind == .php, statement.hasBytes("\"") else { return false }
        var quote: Character?
        var previous: Character = " "
        for character in statement {
            if let open = quote {
                if character == open && previous != "\\" {
                    quote = nil
                } else if open == "\"" {
                    let variable = previous == "$" && (character.isLetter || character == "_")
                    if variable || previous == "{" && character == "$" { return true }
                }
            } else if character == "\"" || character == "'" {
                quote = character
            }
            previous = character
        }
        return false
    }

    /// The text inside a statement's string literals (where SQL keywords count).
    private static func literalText(_ statement: some StringProtocol) -> String {
        var output = ""
        var quote: Character?
        for character in statement {
            if let open = quote {
                if character == open { quote = nil } else { output.append(character) }
            } else if character == "\"" || character == "'" || character == "`" {
                quote = character
                output.append(" ")
            }
        }
        return output
    }

    /// A check that a path stays under a base directory.
    private static let containmentCheck = LinePattern(
        #"(startswith|startsWith|HasPrefix|hasPrefix|is_relative_to|relative_to\(|commonpath|str_starts_with|"#
            + #"start_with\?|"#
            + #"StartsWith|starts_with|IsLocal|strpos\(|"#
            // The path relative to the base, computed to see whether it climbs out (`filepath.Rel(base, target)`,
            // then `strings.HasPrefix(rel, "..")`).
            + #"\bfilepath\.Rel\s*\(|\bos\.path\.relpath\s*\(|\bpath\.relative\s*\(|"#
            // A name that must equal its own base name (`name != filepath.Base(name)`) holds no directory; a name
            // compared with another's base name (`$part === basename($export->path)`) may still hold one.
            + #"([\w$.]+)\s*(?:!==?|===?)\s*[\w.:]*\b(?:Base|basename|GetFileName|getFileName|file_name)"#
            + #"\s*\(\s*\2\s*\)|"#
            + #"\b(?:Base|basename|GetFileName|getFileName|file_name)\s*\(\s*([\w$.]+)\s*\)\s*(?:!==?|===?)"#
            + #"\s*\3(?![\w$.]))"#)
    /// A test that a path starts at the root or the home directory (`name.startsWith("/")`,
    /// `strings.HasPrefix(p, "..")`): it refuses absolute names, but `a/../../etc` still climbs out.
    private static let rootPrefixTest = LinePattern(
        #"(?i)(startswith|hasprefix|starts_with|start_with\?|str_starts_with)\s*\((?:[^(),]*,\s*)?["'](/|\\\\|\.\.?|"#
            + #"~)["']\s*\)"#
    )
    /// What a call writes before the path it labels `at:` (Vapor's `fileio.writeFile(png, at: path)`): the file's
    /// contents, which may come from the request, not where they go.
    private static let writtenContents = LinePattern(#"^\s*[^,()]*(?:\([^()]*\)[^,()]*)*,\s*(?=at\s*:)"#)
    /// The name a file is offered for download under, passed by keyword (`download_name=…`, `filename: …`).
    private static let downloadName = LinePattern(
        #"(?i)\b(download_?name|attachment_?filename|file_?download_?name|filename)\s*[=:]\s*[^,)]*"#)
    /// A password's name, or a PIN's (`pin`, `kiosk_pin`, `pin_code`, `passcode`), which is one.
    private static let passwordName = LinePattern(#"(?i)(pass(word|wd|phrase|code)?|pwd)\w*|\b(\w+_)?pin(_?code)?\b"#)
    /// A password read by its key: `$input['password']`, `params[:password]`, `data["new_password"]`.
    private static let passwordKey = LinePattern(#"(?i)\[\s*(["']|:)\w*(pass(word|wd|phrase)?|pwd)\w*["']?\s*\]"#)
    /// A function named for a password it is given (`hash_password`, `setPassword`, `encodePasswd`), not for something
    /// made or checked beside one (`password_reset_token`, `passwordPolicy`, `sendPasswordResetEmail`).
    private static let passwordFunction = LinePattern(
        #"(?i)^(?!.*(token|reset|link|mail|otp|polic|strength|expir|hint|form|field|page|view))\w*pass(word|wd)\w*$"#)
    /// `password=…`, `password: …`: a password passed by name, not hashed here.
    private static let passwordArgument = LinePattern(#"(?i)pass\w*["']?\s*[:=][^=]"#)
    private static let slowHash = LinePattern(#"(?i)(bcrypt|scrypt|argon2?|pbkdf2|hkdf|password_hash|crypt\()"#)
    private static let slowHashWords = ["crypt", "argon", "pbkdf2", "hkdf", "password_hash"]
    /// A digest compared with another in constant time or by equality: a check, not what is stored.
    private static let digestComparison = LinePattern(
        #"\b(hash_equals|compare_digest|secure_compare|ConstantTimeCompare|isEqual|FixedTimeEquals|timingSafeEqual)"#
            + #"\s*\(|[!=]==?"#)
    private static let fastHashCall = LinePattern(
        #"(?i)(\bhashlib\.(md5|sha1|sha224|sha256|sha384|sha512)\b|hashlib\.new\(\s*["'](md5|sha)|createHash\(\s*"#
            + #"["'](md5|sha)|\b(md5|sha1|sha256|sha512)\.(Sum\w*|New)\(|\bDigest::(MD5|SHA\d*)\b|\b(md5|sha1)\s*\(|"#
            + #"\bhash\(\s*["'](md5|sha)|\b(MD5|SHA1|SHA256|SHA384|SHA512)\.(HashData|Create)\b|"#
            + #"\b(Md5|Sha1|Sha256|Sha512)::(digest|new)\b|\bmd5::compute\b|DigestUtils\.(md5|sha)|"#
            + #"\b(Insecure\.)?(MD5|SHA1|SHA256|SHA384|SHA512)\.hash\s*\(|"#
            + #"\bHashing\.(md5|sha1|sha256|sha384|sha512)\(\)|"#
            // A keyed digest (an HMAC with a pepper) is as fast as the digest it keys.
            + #"\bhash_hmac\(\s*["'](md5|sha)|\bcreateHmac\(\s*["'](md5|sha)|\bOpenSSL::HMAC\.(hex)?digest\b|"#
            + #"\bMac\.getInstance\(\s*"Hmac)"#)
    /// A fast digest made for later `update`/`digest` calls (Java's `MessageDigest`, Go's `sha256.New()`).
    private static let fastHashConstructor = LinePattern(
        #"(MessageDigest\.getInstance\(\s*"(MD5|SHA)|\b(md5|sha1|sha256|sha512)\.New\(\)|createHash\(\s*["'](md5|"#
            + #"sha)|(Md5|Sha1|Sha256|Sha512)::new\(\)|(MD5|SHA1|SHA256|SHA512)\.Create\(\)|hashlib\.(md5|sha\d+)\(\))"#
    )

    /// A file served with a root it is confined to: Express's and Fastify's `sendFile(name, { root })`, `download`'s
    /// `root`, koa-send's `root`, hapi's `confine`. The library resolves the name under the root and refuses `..`.
    private static let confinedToRoot =
        #"(?<=\b(?:sendFile|download|send|file)\s{0,2}\([^;]{0,300})\b(root|confine)(?=\s*:\s*[\w."'`])"#

    private static let python: Set<ReviewedFile.Kind> = [.python]
    private static let javascript: Set<ReviewedFile.Kind> = [.javascript]

    /// The sinks, by class.
    static let sinks: [Sink] = [
        // SQL: calls that run SQL text.
        Sink(
            "code.sql-string-built", ReviewedFile.code,
            #"(?i)(\.|\b)(execute|executemany|executescript|exec|query|raw|rawQuery|queryRaw(Unsafe)?|"#
                + #"executeRaw(Unsafe)?|QueryRow(Context)?|Query(Context)?|Exec(Context)?|createQuery|"#
                + #"createNativeQuery|createSQLQuery|executeQuery|executeUpdate|prepareStatement|prepare|find_by_sql|"#
                + #"select_all|select_one|select_value|exec_query|whereRaw|selectRaw|orderByRaw|havingRaw|"#
                + #"FromSqlRaw|ExecuteSqlRaw|FromSqlInterpolated|SqlQuery|sql_query|text|literal|extra|RawSQL|"#
                + #"mysqli_query|mysql_query|pg_query|sqlite_query|queryForObject|queryForList|update|batchUpdate|"#
                + #"where|order|having|joins|pluck|statement|unprepared|select)\s*(\(|!(?!=))"#,
            triggers: [
                "exec", "query", "raw", "prepare", "sql", "select", "where", "order", "having", "text", "literal",
                "extra", "update", "statement",
            ], .builtSQL),
        // sqlx's `QueryBuilder` run: `qb.build_query_as::<Listing>()`, judged by what was pushed into `qb`.
        Sink(
            "code.sql-string-built", [.rust],
            #"\b\w+\s*\.\s*build(?:_query_as|_query_scalar)?\s*(?:::<[^>]*>)?\s*\("#, triggers: ["build"], .builtSQL),
        // Raw SQL fragments (Laravel's `whereRaw`, `DB::raw`, knex's `raw`, Sequelize's `literal`, Django's `extra`
        // and `RawSQL`): their text is SQL whatever keywords it holds (`LOWER(sku) LIKE '…`, `region = '{region}'`),
        // so a built or request-derived argument is injection.
        Sink(
            "code.sql-string-built", [.php, .javascript, .python],
            #"((->|::|\.)(where|orWhere|andWhere|whereNot|orWhereNot|select|orderBy|having|orHaving|andHaving|groupBy|"#
                + #"join|on)?[rR]aw|\b[sS]equelize\.literal|\.extra|\bRawSQL)\s*\("#,
            triggers: ["raw", "literal", "extra", "rawsql"], .firstArgumentBuiltOrRequest),
        // MyBatis's SQL builder takes each clause as SQL text: `sql.WHERE("UPPER(i.reference) LIKE '" + p + "'")`.
        Sink(
            "code.sql-string-built", [.java],
            #"\.(?:WHERE|OR|AND|ORDER_BY|GROUP_BY|HAVING|SET|VALUES|JOIN|INNER_JOIN|LEFT_OUTER_JOIN|SELECT|FROM)\s*\("#,
            triggers: [
                "where(", "order_by(", "having(", "set(", "values(", "join(", "select(", "from(", "or(", "and(",
            ],
            .firstArgumentBuiltOrRequest),
        // gorm's and bun's clause methods put the string they are given into the SQL as it is (`q.Order(order)` after
        // `order = f.Sort`): a name that is not a constant or an allow-listed value is SQL from outside.
        Sink(
            "code.sql-string-built", [.go], #"\.(?:Order|Group)\s*\((?=\s*[A-Za-z_][\w.]*\s*\))"#,
            triggers: ["order(", "group("], .nonConstant),
        // Arel's raw SQL (`order(Arel.sql(sort_clause))`) switches off Rails' check of what a query method is given.
        Sink("code.sql-string-built", [.ruby], #"\bArel\.sql\s*\("#, triggers: ["arel"], .firstArgumentBuiltOrRequest),
        // Rails and friends: a query method given an interpolated fragment.
        Sink(
            "code.sql-string-built", [.ruby],
            #"\.(where|order|having|joins|group|pluck|select|from|reorder|find_by_sql|exists\?|update_all|delete_all)"#
                + #"\s*\(?\s*"[^"]*#\{"#,
            triggers: ["#{"], .always),
        // A Rails query method takes a string first argument as SQL text: a fragment built over several statements
        // (`conditions << "status IN ('#{list}')"`, then `where(conditions.join(" AND "))`) is injection whatever
        // keywords it holds. A hash (`where(status: s)`), an array with placeholders or a literal is bound or fixed.
        Sink(
            "code.sql-string-built", [.ruby],
            #"\.(where|order|having|joins|group|select|from|reorder|find_by_sql|update_all|delete_all|not)\b\s*\(?\s*"#
                + #"(?![\w]+:\s|:\w+\s*=>|[\[{"'):])"#,
            triggers: ["where", "order", "having", "joins", "group", "select", "from", "find_by_sql", "_all", "not"],
            .firstArgumentBuilt),
        // Shell: commands that go through /bin/sh (paramiko's `exec_command` through the remote host's).
        Sink(
            "code.command-injection", python, #"\.exec_command\s*\("#, triggers: ["exec_command"],
            .builtOrRequest),
        Sink(
            "code.command-injection", python,
            #"\b(os\.(system|popen)|commands\.getoutput|subprocess\.(getoutput|getstatusoutput)|"#
                + #"asyncio\.create_subprocess_shell)\s*\("#,
            triggers: ["os.", "commands.", "getoutput", "subprocess_shell"], .nonConstant),
        Sink(
            "code.subprocess-shell", python, #"\bsubprocess\.\w+\s*\((?=[\s\S]*\bshell\s*=\s*True)"#,
            // `shell=True` may stand lines below the call (a multi-line call).
            triggers: ["shell", "subprocess."], .nonConstant),
        Sink(
            "code.command-injection", javascript,
            #"((^|[^.\w$])(exec|execSync)|\b(child_process|cp|shell|shelljs|execa)\.(exec|execSync|command))\s*\("#,
            triggers: ["exec", "command"], .nonConstant),
        // A helper named for the shell (`sh(`, `runShell(`) whose definition the diff may not show: given a built
        // command, it is a shell sink like the call it wraps.
        Sink(
            "code.command-injection", [.javascript, .python],
            #"(^|[^.\w$])(sh|bash|shell|run_?[sS]hell|exec_?[sS]hell|shell_?[eE]xec|run_?[cC]ommand|run_?[cC]md)\s*\("#,
            triggers: ["sh", "command", "cmd"], .builtOrRequest),
        Sink(
            "code.command-injection", javascript, #"\bspawn(Sync)?\s*\((?=[^)]*shell\s*:\s*true)"#,
            triggers: ["spawn"], .builtOrRequest),
        Sink(
            "code.command-injection", [.php],
            #"(^|[^.\w>$:])(shell_exec|exec|system|passthru|popen|proc_open|pcntl_exec)\s*\("#,
            triggers: ["exec", "system", "passthru", "popen", "proc_open"], .nonConstant,
            unless: #"escapeshellarg\s*\("#),
        // Laravel's `Process::run("…")` and Symfony's `Process::fromShellCommandline(…)` hand a command string to the
        // shell; an array of arguments does not. An `escapeshellarg` clears only what it wraps (``holds``), not the
        // `$offset` and `$filter` formatted in beside it.
        Sink(
            "code.command-injection", [.php],
            #"\bProcess::(?:(?:\w+\([^()]*\)\s*->\s*){0,4}(?:run|start|pipe)\s*\((?=\s*["'$])|"#
                + #"fromShellCommandline\s*\()"#,
            triggers: ["process::"], .builtOrRequest),
        Sink(
            "code.command-injection", [.php], #"`[^`]*\$[A-Za-z_{][^`]*`"#, triggers: ["`"], .always,
            unless: #"escapeshellarg\s*\("#),
        Sink(
            "code.command-injection", [.ruby],
            #"(`[^`]*#\{[^`]*`|%x[\(\{\[][^\)\}\]]*#\{|(^|[^.\w])(system|exec|spawn|IO\.popen|Open3\.\w+)\s*\(?\s*"#
                + #""([^"\\]|\\.)*#\{)"#,
            triggers: ["#{", "open3.", "system", "spawn", "popen"], .always,
            unless: #"Shellwords\.escape|shellescape"#),
        // The same calls given one name that holds a command line built with interpolation (`cmd = ["ffmpeg -i
        // #{input}", …].join(" ")`, then `Open3.capture3(cmd)`): one string goes to the shell; a list does not.
        Sink(
            "code.command-injection", [.ruby],
            #"(^|[^.\w])(system|exec|spawn|IO\.popen|Open3\.\w+)\s*\(?\s*(?=[a-z_]\w*\s*(\)|$|,\s*\w+:))"#,
            triggers: ["open3.", "system", "spawn", "popen", "exec"], .firstArgumentBuilt,
            unless: #"Shellwords\.escape|shellescape"#),
        Sink(
            "code.command-injection", [.go],
            #"\bexec\.Command(Context)?\s*\(\s*([\w.]+(\(\))?\s*,\s*)?"(/bin/|/usr/bin/)?(ba|z|"#
                + #"da)?sh"\s*,\s*"-[a-z]*c[a-z]*"\s*,"#,
            triggers: ["exec.command"], .nonConstant),
        Sink(
            "code.command-injection", [.java],
            #"(Runtime\.getRuntime\(\)\.exec\s*\(|ProcessBuilder\s*\(\s*(listOf\(|Arrays\.asList\(|List\.of\()?\s*"#
                + #""(/bin/)?(ba)?sh"\s*,\s*"-[a-z]*c[a-z]*"\s*,)"#,
            triggers: ["exec", "processbuilder"], .builtOrRequest),
        Sink(
            "code.command-injection", [.csharp],
            #"(Process\.Start\s*\(\s*"(/bin/)?((ba)?sh|cmd(\.exe)?|powershell)"\s*,|\bArguments\s*=)"#,
            triggers: ["process.start", "arguments"], .builtOrRequest),
        Sink(
            "code.command-injection", [.rust], #"\.args?\s*\("#, triggers: [".arg"], .builtOrRequest,
            after: #"Command::new\(\s*"(/bin/)?(ba)?sh"\s*\)[\s\S]*"-[a-z]*c[a-z]*""#),
        // A shell and `-c` followed by the script in one argument list, in the languages without a sink of their own
        // for it: Elixir's `System.cmd("sh", ["-c", …])`, Scala's `Seq("bash", "-c", …).!`, Kotlin's
        // `listOf("sh", "-c", …)`, Python's `subprocess.run(["sh", "-c", …])`. The script is shell code.
        Sink(
            "code.command-injection", ReviewedFile.code.subtracting([.go, .rust]),
            #"["'](/usr)?(/bin/)?(ba|z|da|k|a)?sh["']\s*,\s*(~c)?\[?\s*["']-c["']\s*,"#, triggers: ["\"-c\"", "'-c'"],
            .builtOrRequest),
        // Swift's `Process` running a shell, its script in the `arguments` after `-c`.
        Sink(
            "code.command-injection", [.swift], #"\barguments\s*=\s*\[\s*"-c"\s*,"#, triggers: ["\"-c\""],
            .builtOrRequest, after: #"(executableURL|launchPath)\s*=[^\n]*"/(usr/)?bin/(ba|z|da)?sh""#),
        // The BEAM's shell calls: Erlang's `os:cmd`, Elixir's `:os.cmd`, `System.shell`, a port spawning a command.
        Sink(
            "code.command-injection", [.elixir],
            #"(:os\.cmd|\bos:cmd|\bSystem\.shell|\bPort\.open\s*\(\s*\{\s*:spawn\s*,)\s*\(?"#,
            triggers: ["os.cmd", "os:cmd", "system.shell", "port.open"], .builtOrRequest),
        // Code evaluation.
        Sink("code.eval", python, #"(^|[^.\w])(eval|exec)\s*\("#, triggers: ["eval", "exec"], .nonConstant),
        Sink(
            "code.eval", [.javascript, .php, .ruby],
            #"((^|[^.\w$])eval\b|\bnew\s+Function|\bvm\.(runInNewContext|runInThisContext|runInContext)|"#
                // A script compiled to run later (`new vm.Script(\`(${c.expression})\`)`): `node:vm` is no sandbox.
                + #"\bnew\s+vm\.Script|\bvm\.compileFunction|"#
                + #"\b(instance_eval|class_eval|module_eval)|(^|[^.\w])create_function|(^|[^.\w])assert(?=\s*\(\s*\$))"#
                + #"\s*\(?"#,
            triggers: ["eval", "new function", "create_function", "vm.", "assert"], .nonConstant,
            // A block passed to `instance_eval(&definition)` is code the file wrote, not a string.
            unless: #"\b(instance_eval|class_eval|module_eval)\s*\(\s*&"#),
        // `new Function(params…, body)` (or `Function(…)`, which is the same): the body is the last argument, after
        // constant parameter names.
        Sink(
            "code.eval", javascript, #"(\bnew\s+|(?<![\w.$])(?=Function\s*\())Function\s*\("#, triggers: ["function"],
            .builtOrRequest),
        Sink(
            "code.eval", [.elixir],
            #"\b(Code\.(eval_string|eval_quoted|eval_file|compile_string|compile_quoted)|EEx\.eval_string)\s*\(?"#,
            triggers: ["code.eval", "code.compile", "eex.eval"], .nonConstant),
        Sink(
            "code.eval", [.java, .csharp], #"\b(engine|scriptEngine|ScriptEngine)\w*\.eval\s*\("#, triggers: ["eval"],
            .builtOrRequest),
        // Interpreters of a whole language: Roslyn's `CSharpScript`, Groovy, MVEL, OGNL. Whatever string they are given
        // runs as code.
        Sink(
            "code.eval", [.java, .csharp],
            #"(\bCSharpScript\.(EvaluateAsync|RunAsync|Create)(<[^>()]*>)?|\bGroovyShell\([^)]*\)\s*\.\s*evaluate|"#
                + #"\bEval\.(me|x|xy|xyz)|\bMVEL\.(eval|executeExpression)|\bOgnl\.getValue)\s*\("#,
            triggers: ["csharpscript", "groovyshell", "eval.", "mvel.", "ognl."], .nonConstant),
        // Spring's expression language evaluates what it parses: an expression built from input is code.
        Sink(
            "code.eval", [.java], #"\.parseExpression\s*\("#, triggers: ["parseexpression"], .builtOrRequest),
        // Deserialisation of objects.
        Sink(
            "code.unsafe-deserialization", ReviewedFile.code,
            #"(\b(c?[Pp]ickle|marshal|dill|jsonpickle|shelve)\.(loads?|decode|Unpickler)|\bMarshal\.load|"#
                + #"(^|[^.\w])(maybe_)?unserialize|\b(new\s+)?ObjectInputStream|\bXMLDecoder|\.fromXML|"#
                + #"\bnode-serialize)\s*\("#,
            triggers: [
                "pickle", "marshal", "dill", "shelve", "unserialize", "objectinputstream", "xmldecoder", "fromxml",
            ],
            .foreignData, unless: #"allowed_classes['"]?\s*=>\s*false"#),
        // node-serialize's `unserialize` runs the functions (`_$$ND_FUNC$$_`) its input holds.
        Sink(
            "code.unsafe-deserialization", javascript, #"\.unserialize\s*\("#, triggers: ["unserialize"],
            .foreignData),
        // Erlang's term format can name atoms and functions to create; `[:safe]` refuses both.
        Sink(
            "code.unsafe-deserialization", [.elixir],
            #"(:erlang\.binary_to_term|\bPlug\.Crypto\.non_executable_binary_to_term)\s*\("#,
            triggers: ["binary_to_term"], .foreignData, unless: #"\[\s*:safe\s*\]|non_executable"#),
        Sink(
            "code.unsafe-deserialization", [.csharp, .java],
            #"\b(BinaryFormatter|NetDataContractSerializer|LosFormatter|SoapFormatter|ObjectStateFormatter)\b|"#
                + #"TypeNameHandling\s*=\s*TypeNameHandling\.(All|Auto|Objects|Arrays)|enableDefaultTyping\s*\(|"#
                + #"\bLaissezFaireSubTypeValidator\b|"#
                // A polymorphic type validator that lets any class through, as default typing's, or the mapper's own
                // (that one, unless set, handed on to `activateDefaultTyping(…)`).
                + #"\ballowIf(?:Base|Sub)Type\s*\(\s*Object(?:\.class|::class(?:\.java)?)\s*\)|"#
                + #"\bgetPolymorphicTypeValidator\s*\(\s*\)\s*,"#,
            triggers: [
                "formatter", "serializer", "typenamehandling", "defaulttyping", "laissezfaire", "allowif",
                "getpolymorphictypevalidator",
            ],
            .always),
        // js-yaml 3's full schema builds functions and regular expressions (`!!js/function`) from the document.
        Sink(
            "code.yaml-unsafe-load", [.javascript], #"\bDEFAULT_FULL_SCHEMA\b"#, triggers: ["full_schema"], .always),
        Sink(
            "code.yaml-unsafe-load", [.python, .ruby],
            #"(\byaml\.(load|load_all)\s*\(|(?i)\byaml\.unsafe_load\s*\(|Loader\s*=\s*(yaml\.)?(Unsafe|Full)?Loader\b)"#,
            triggers: ["yaml"], .always, unless: #"(Safe|CSafe|Base)Loader\b|(?<!un)safe_load"#),
        // Files read or served.
        Sink(
            "code.path-traversal", ReviewedFile.code,
            #"(\b(send_file|unsafe_send_file|send_download|send_static_file|FileResponse|io\.open|codecs\.open|"#
                + #"aiofiles\.open|"#
                + #"readFileSync|readFile|"#
                + #"createReadStream|sendFile|res\.download|http\.ServeFile|ioutil\.ReadFile|"#
                + #"os\.(Open|OpenFile|ReadFile|Remove|RemoveAll)|c\.(File|Attachment|FileAttachment)|"#
                + #"ctx\.(File|Attachment|SendFile)|FileInputStream|FileReader|Files\.(readAllBytes|readString|"#
                + #"newInputStream|lines|readAllLines|delete|copy)|Paths\.get|Path\.of|FileSystemResource|PathResource|readfile|"#
                + #"file_get_contents|fopen|File\.(read|open|binread|"#
                + #"readlines|ReadAllText|ReadAllBytes|OpenRead|Open|Delete|new)|IO\.read|PhysicalFile|"#
                + #"(Typed)?Results\.(File|PhysicalFile)|getFromFile|"#
                + #"fs::read_to_string|fs::read|File::open|NamedFile::open|tokio::fs::\w+|shutil\.rmtree|os\.remove|"#
                + #"fs\.unlink(Sync)?|FileOutputStream|FileWriter|Files\.(write|writeString|newOutputStream|createFile|"#
                + #"createDirectories)|os\.(Create|WriteFile|MkdirAll|Mkdir)|createWriteStream|writeFile(Sync)?|"#
                + #"fs\.mkdir(Sync)?|File\.(Create|WriteAllBytes|WriteAllText|OpenWrite|write|binwrite)|ExtractToFile|"#
                + #"os\.makedirs|FileUtils\.(mkdir_p|cp|mv)|fs::write|File::create|create_dir_all|"#
                // Vapor's and Foundation's; Hummingbird's `fileIO.loadFile(path:)`.
                + #"streamFile|FileManager\.default\.contents|loadFile)\s*\(|"#
                + #"(^|[^.\w])open\s*\(|\bnew\s+File\s*\(|(^|[^.\w])send_file\s+|"#
                // PHP's `include`/`require` and Node's `require(`, not a method of that name (Rails's
                // `params.require(:payload)`).
                + #"(?<![.\w>:$])(include|require|include_once|require_once)\s*\(|"#
                + #"(->|::)(download|streamDownload)\s*\(|\$this->file\s*\(|\bnew\s+BinaryFileResponse\s*\()"#,
            triggers: [
                "file", "open", "read", "send", "download", "path", "include", "require", "attachment", "remove",
                "rmtree", "delete", "unlink", "create", "write", "mkdir", "makedirs", "extract",
            ], .requestPath, unless: confinedToRoot),
        // Kotlin's and Scala's `File(dir, name)`, a constructor called without `new`.
        Sink(
            "code.path-traversal", [.java], #"(?<![.\w])File\s*\("#, triggers: ["file("], .requestPath,
            unless: confinedToRoot),
        // Files read or written through a path object: the receiver is the input (pathlib's `path.read_bytes()`).
        Sink(
            "code.path-traversal", python,
            #"(?=\b[A-Za-z_][\w.]*\.(read_bytes|read_text|write_bytes|write_text|unlink|rmdir)\s*\()"#,
            triggers: ["read", "write", "unlink", "rmdir"], .requestPath),
        // Templates compiled from input (server-side template injection). A template read from a file
        // (`ERB.new(File.read(path))`) is one the project ships; a path taken from the request is path traversal.
        Sink(
            "code.template-injection", ReviewedFile.code,
            #"(\brender_template_string|\bfrom_string|\bjinja2\.Template|\bmako\.template\.Template|\bERB\.new|"#
                + #"\bLiquid::Template\.parse|\bejs\.render|\bejs\.compile|\bpug\.(render|compile)|"#
                + #"\bHandlebars\.compile|\bnunjucks\.renderString|\b_\.template|\bVelocity\.evaluate|"#
                + #"\bcreateTemplate|\bparseExpression|\bTemplate\.Parse|\btemplate\.New\([^)]*\)\.Parse)\s*\("#,
            triggers: [
                "template", "from_string", "erb.new", "ejs.", "pug.", "compile", "renderstring", "evaluate",
                "parseexpression", ".parse(",
            ], .firstArgumentBuiltOrRequest,
            unless: #"\(\s*(?:(?:File|IO|Pathname)\.(?:read|binread)|(?:fs\.)?readFileSync|Files\.readString|"#
                + #"(?:os\.)?ReadFile|[\w.]*\.read_text)\s*\("#),
        // Sinatra's and Tilt's `erb`, `haml` and `slim` given a String rather than a template's name (a Symbol): the
        // string is the template's source (`erb params[:body]`, `erb draft, layout: :email`).
        Sink(
            "code.template-injection", [.ruby],
            #"(?<![\w.:])(?:erb|haml|slim)\s*\(?\s*(?=[a-z_@][\w@\[\]:"']*\s*(?:,|\)|$))"#,
            triggers: ["erb", "haml", "slim"], .firstArgumentBuiltOrRequest),
        // Query filters from request values (NoSQL operator injection).
        Sink(
            "code.nosql-injection", [.javascript, .python],
            #"\.(find|findOne|find_one|findOneAndUpdate|find_one_and_update|findOneAndDelete|find_one_and_delete|"#
                + #"updateOne|update_one|updateMany|update_many|deleteOne|delete_one|deleteMany|delete_many|"#
                + #"countDocuments|count_documents|exists)\s*\(\s*\{"#,
            triggers: ["find", "update", "delete", "count", "exists"], .untypedRequest,
            // An SQL ORM's options (Sequelize's, TypeORM's, Prisma's `{ where: { id } }`): its operators are symbols
            // or classes, which JSON cannot send.
            unless: #"\(\s*\{\s*(?:where|include|attributes|select)\s*:"#),
        // MongoDB's `$where`: JavaScript the database runs on every document, built from input.
        Sink(
            "code.nosql-injection", [.javascript, .python], #"["']?\$where["']?\s*[:=]\s*"#, triggers: ["$where"],
            .builtOrRequest),
        // Server-side requests to a URL from the request, by the HTTP clients of each language: JVM ones (akka-http's
        // and Pekko's `singleRequest`, sttp, OkHttp's builder, `java.net.http`, Spring's WebClient `.uri`, Ktor's
        // client, `new URL(…).openConnection()`, http4s's `Request[F](Method.GET, uri)`), Swift's `URLSession`,
        // Alamofire and AsyncHTTPClient's `HTTPClientRequest(url:)`, Elixir's HTTPoison, Req, Tesla and Finch, Play's
        // `ws.url(…)`, PHP's `file_get_contents` (it fetches any URL it is given) and Laravel's `Http::` facade. A
        // function merely named `fetch` is not one where it is defined.
        Sink(
            "code.ssrf", ReviewedFile.code,
            #"(\brequests\.(get|post|put|head|request)|\bhttpx\.(get|post|stream)|\burlopen|"#
                + #"(^|[^.\w])(?<!\b(?:def|fun|func|function)\s)fetch|\baxios(\.(get|post|request))?|"#
                + #"\b(undici|needle|superagent|ky)\.(get|post|put|request)|"#
                + #"\bgot(\.(get|post))?|\bhttp\.(Get|Post|Head)|"#
                + #"\b\w*[cC]lient(\([^()]*\))?\s*(\.|->)(Get|Post|Head|GetAsync|GetStringAsync|GetStreamAsync|"#
                + #"PostAsync|get|post|"#
                + #"request)|\b\w*([cC]lient|[hH]ttp)\.(PostAsJsonAsync|PutAsJsonAsync|GetFromJsonAsync|"#
                + #"GetByteArrayAsync|"#
                + #"SendAsync|PostAsync|GetAsync|GetStringAsync|GetStreamAsync)|\b\w*[sS]ession\.(get|post|put|head|"#
                + #"request)|\bNewRequest(WithContext)?|\breqwest::get|\bNet::HTTP\.get|\bURI\.open|\bHTTParty\.get|"#
                + #"\bFaraday\.get|\b(get|post)For(Object|Entity)|\bpostForLocation|\bcurl_init|\.singleRequest|"#
                + #"\b(basicRequest|quickRequest|emptyRequest)\.(get|post|put)|\bhttp(Service)?\s*\.(get|post|put|"#
                + #"request)|\bBuilder\(\)\s*\.url|\b(?:ws|\w*[wW]s[cC]lient)\.url|"#
                + #"\bHttpRequest\.newBuilder|\.uri|\bnew\s+URL(?=\s*\([^;]*\)\s*\.(openConnection|openStream))|"#
                + #"\.(data|download)(?=\s*\(\s*from\s*:)|\.dataTask(?=\s*\(\s*with\s*:)|\bAF\.request|"#
                + #"\bHTTPClientRequest(?=\s*\(\s*url\s*:)|\bRequest\[\w+\](?=\s*\(\s*(?:method\s*=\s*)?Method\.)|"#
                + #"\b(HTTPoison|Req|Tesla)\.(get|post|put|request)!?|\bFinch\.build|:httpc\.request|"#
                + #"\bfile_get_contents|\bHttp::(?:\w+\([^()]*\)\s*->\s*){0,4}(?:get|post|put|patch|head|send))\s*\("#,
            triggers: [
                "get", "post", "fetch", "urlopen", "axios", "got", "request", "open", "curl_init", "head", "builder()",
                ".uri", "(from", "datatask", "finch", "file_get_contents", ".url(", "http::", ".http", "client",
                "httpclientrequest",
            ],
            .requestURL),
        // undici's and the `request` package's bare `request(url, …)` (a function the file defines is its own).
        Sink("code.ssrf", javascript, #"(?<![.\w$])request\s*\("#, triggers: ["request("], .requestURL),
        // Redirects to a URL from the request (an open redirect): Flask's and Django's `redirect`, Express's, Koa's and
        // Fastify's `redirect`, Rails' `redirect_to` once it allows other hosts, PHP's `Location` header and Laravel's
        // `redirect()`, the servlet's `sendRedirect`, ASP.NET's `Redirect` (not `LocalRedirect`), Go's
        // `http.Redirect` (its third argument), Gin's and Echo's `c.Redirect`, Hanami's `response.redirect_to`, Ktor's
        // `respondRedirect`, Vapor's `req.redirect(to:)`, axum's `Redirect::to`, a `Location` header set by name
        // (actix's `(LOCATION, target)`), Spring's `"redirect:" + target`, the web platform's and Next.js's
        // `Response.redirect` (`new URL("/login", request.url)` keeps the site's own origin, and so does
        // `` `${origin}/login` `` when `origin` is the request URL's: ``CodeFlow/withoutSiteOrigin(_:)``).
        Sink(
            "code.open-redirect", ReviewedFile.code,
            #"(?<![\w.])(redirect|HttpResponseRedirect|RedirectResponse)\s*\(|"#
                + #"\b(res|ctx|reply|response|req|c)\.redirect\s*\(|\bc\.Redirect\s*\(|\bresponse\.redirect_to\b|"#
                + #"\bredirect_to\s*\(?(?=[^\n]*allow_other_host:\s*true)|\bredirect\(\)->(to|away)\s*\(|"#
                + #"\bheader\s*\(\s*["']Location:\s*["']\s*\.|\bsendRedirect\s*\(|(?<![\w.])Redirect\s*\(|"#
                + #"\bhttp\.Redirect\s*\(\s*\w+\s*,\s*\w+\s*,|\brespondRedirect\s*\(|"#
                + #"\bRedirect::(to|temporary|permanent|see_other)\s*\(|\b(?:header::)?LOCATION\s*,|"#
                + #"["']redirect:["']\s*\+|\b(?:Next)?Response\.redirect\s*\("#,
            triggers: ["redirect", "location"], .requestURL,
            unless: #"\(\s*new\s+URL\(\s*["'`]/"#),
        // Passwords hashed by fast digests.
        Sink(
            "code.weak-password-hash", ReviewedFile.code,
            #"(?i)\b(md5|sha1|sha224|sha256|sha384|sha512|sha-?\d+|digest|update|write|computehash|hashdata|"#
                + #"hexdigest|compute|hash)\w*(\.\w+)?\s*[(!]"#,
            triggers: ["md5", "sha", "digest", "update", "write", "hash", "compute"], .password),
    ]
}
