import Foundation

/// What a changed file's visible lines say about where values come from: a small, per-file taint analysis. Walking the
/// lines in order, it records names assigned from request input (``requestNames``), from strings built by
/// interpolation or concatenation (``builtNames``; ``sqlNames`` when the string is SQL), and from placeholder lists
/// or text whose every variable part went through a sanitiser (``safeNames``); a name reassigned through a sanitiser
/// (`secure_filename`, `shlex.quote`) loses its taint. Sink
/// rules (``CodeSinks``) ask it whether a statement's input is built, request-derived or constant.
struct CodeFlow {
    private(set) var requestNames = Set<String>()
    /// Names assigned the request's own URL (`const url = new URL(request.url)`): the `.origin` read off one is the
    /// site's (``withoutSiteOrigin(_:)``).
    private var requestURLNames = Set<String>()
    /// `.origin` read off one of ``requestURLNames``; nil while there are none.
    private(set) var namedURLOrigin: LinePattern?
    /// For each request name assigned from other values (``record(_:value:appending:)``), the names its request
    /// input was first read into: where its taint starts. Any other request name is its own root.
    private var derivedRoots: [String: Set<String>] = [:]
    /// For each parameter of a function the file defines that a call passes request input to, the roots of the
    /// arguments passed (``HelperFunctions``): a new caller's input is a new root inside the function.
    private var passedRoots: [String: Set<String>] = [:]
    /// Route parameters of a number or UUID type (``numericParameters(in:)``), worked out the first time a route names
    /// one.
    private var numericParameters: Set<Substring>?
    private(set) var builtNames = Set<String>()
    private(set) var sqlNames = Set<String>()
    /// Names that hold SQL text, built or constant (`sql = BASE_SQL` after `BASE_SQL = """SELECT …"""`).
    private var sqlTextNames = Set<String>()
    /// The lines that append text built from request input to a name holding SQL (`sql += f" AND region =
    /// '{region}'"`): SQL built from the request, whatever words the piece holds, wherever the query then runs.
    private(set) var requestTextAddedToSQL = Set<Int>()
    /// Each safe name with why it is safe (`is built only from values passed through escapeshellarg`).
    private(set) var safeNames: [String: String] = [:]
    /// Names assigned only from one string literal, or looked up in a table of literals: constants, whatever their
    /// case.
    private(set) var constantNames = Set<String>()
    /// Names assigned a map or dictionary literal whose values are all string literals: an allow-list, so a value
    /// looked up in it is a constant (`col := sortColumns[key]`).
    private(set) var literalTables = Set<String>()
    /// Names assigned a URL whose host the code fixes (``fixesHost(_:)``): the request picks at most its path.
    private(set) var fixedHostNames = Set<String>()
    /// Functions the file defines whose every `return` is a URL whose host the code fixes (``fixesHost(_:)``): a call
    /// of one fixes its host too.
    private(set) var fixedHostHelpers = Set<String>()
    /// Parameters of the file's functions that some call passes a built string to (`_run(client, f"dropdb {name}")`
    /// makes `command` built inside `def _run(client, command)`): built from their function's first line.
    private var builtParameters = Set<String>()
    /// The functions the file defines that return request input: a call of one is request input.
    private var functionsReturningRequestInput = Set<String>()
    /// The functions the file defines that return text they build from request input: a call of one is built text.
    private var functionsReturningBuiltText = Set<String>()
    /// The functions the file defines whose every return is a literal or a value found in a list first
    /// (``allowListedChoice``): a call of one is a constant.
    private var functionsReturningConstants = Set<String>()
    /// A call of one of ``functionsReturningConstants``, with the object it is called on (`filter.sort.as_sql()`).
    private var constantCall: LinePattern?
    /// Names assigned request input that went only through a `validate…` function the file itself defines
    /// (`u, err := validateURL(req.URL)`) or a framework's validation of the request (Laravel's
    /// `$data = $request->validate([…])`), and names assigned from them. Such a check vets a value's shape; where a URL
    /// points is vetted only by a host check (``CodeSinks``' `checksHost`), so a server-side request still takes these
    /// as request input.
    private(set) var onlyValidatedNames = Set<String>()
    /// Names bound to a sanitiser itself rather than to what it returns (`qn = connection.ops.quote_name`), each with
    /// the sanitiser's name: a call of one is a call of the sanitiser.
    private var sanitizerAliases: [String: String] = [:]
    /// The `validate…` functions the file defines (``onlyValidatedNames``).
    private let validatorsDefined: Set<String>
    /// Types whose values cannot carry text in a language that checks types when a value is made: numbers, UUIDs and
    /// the enums the file declares (Swift's `enum PreviewSize: String`, Rust's and Java's `enum`, Kotlin's `enum
    /// class`); empty where annotations are not enforced (Python, TypeScript).
    private let closedTypes: Set<Substring>
    /// Names declared of one of ``closedTypes`` (`let size: PreviewSize`, `PreviewSize size = …`): whatever they are
    /// assigned, decoding refused any value outside the type, so they hold a constant.
    private var closedTypeNames = Set<String>()
    /// Fields every declaration in the file gives one of ``closedTypes`` (Rust's `w: Option<u32>,` in a query
    /// struct, Kotlin's `val page: Int?`): a value read from one (`params.w.unwrap_or(320).clamp(64, 1280)`) is a
    /// number, whatever request it came from.
    private let closedFields: Set<String>
    /// Whether `<>` joins strings, as in Elixir; elsewhere it is SQL's "not equal" (`status <> 'cancelled'`).
    private let concatenatesWithAngles: Bool
    /// Whether `#{name}` in a string is a bound parameter, as in MyBatis's SQL on the JVM, not Ruby's interpolation.
    private let bindsHashBraces: Bool
    /// Whether `push` appends text to a builder, as Rust's sqlx `QueryBuilder::push` does (``builderAppend(_:)``).
    private let pushesText: Bool
    /// Whether the file reads archives: then an entry's name (`entry.getName()`, `f.Name`, `member.name`) is input
    /// as untrusted as a request's (zip slip).
    let readsArchive: Bool
    /// Each visible line's statement: the line joined with the lines that continue it (open brackets or strings).
    let statements: [Substring]

    init(_ file: ChangedFile) {
        let lines = file.visible
        statements = file.layout.statements
        readsArchive = lines.contains { line in Self.archiveReaders.contains(where: line.text.hasBytes) }
        validatorsDefined = Self.validators(definedIn: statements)
        concatenatesWithAngles = file.file.kind == .elixir
        bindsHashBraces = file.file.kind == .java
        pushesText = file.file.kind == .rust
        closedTypes = Self.closedTypes(of: file.file.kind, declaredIn: statements)
        closedFields = Self.closedFields(of: closedTypes, declaredIn: statements)
        walk(lines, at: lines.indices)
        let helpers = file.layout.helpers
        bindRoutedHandlerParameters(helpers)
        // Rust's `fn as_sql(self) -> &'static str` can return nothing but a literal or a constant.
        functionsReturningConstants = Set(
            helpers.definitions.filter { definition in
                statements[definition.statement].hasBytes("-> &'static str")
                    || !definition.returns.isEmpty
                        && definition.returns.allSatisfy {
                            Self.isSingleLiteral($0) || Self.allowListedChoice.matches($0)
                                || Self.literalChoice.matches($0) || Self.isConstantTableEntry($0)
                        }
            }.map(\.name))
        functionsReturningConstants.formUnion(functionsBuildingConstants(helpers, in: file))
        constantNames.formUnion(functionsReturningConstants)
        if !functionsReturningConstants.isEmpty {
            // Whatever such a function is passed, it returns one of its constants.
            let names = functionsReturningConstants.sorted().map(NSRegularExpression.escapedPattern(for:))
            constantCall = LinePattern(
                #"(?:\b[A-Za-z_][\w.]*\.)?\b(?:"# + names.joined(separator: "|")
                    + #")\s*\((?:[^()]|\([^()]*\))*\)"#)
        }
        if !helpers.isEmpty, statements.contains(where: Self.mayBuildString) {
            let whole = self
            builtParameters = helpers.parameters { whole.isBuilt($0) || whole.mentionsAny($0, of: whole.builtNames) }
            if !builtParameters.isSubset(of: builtNames) {
                walk(lines, at: lines.indices)
            }
        }
        // Request input passed to a function the file defines is request input inside it: walk again with those
        // parameters as request names from the start (the function may come before the call), until no call reaches
        // another (a helper calling a helper). A call of one that returns a fixed-host URL fixes its host too.
        // A file that reads no request input passes none to its functions.
        guard !requestNames.isEmpty || statements.contains(where: Self.mayReadRequest) else { return }
        guard !helpers.isEmpty else { return }
        fixedHostHelpers = Set(
            helpers.definitions.filter { !$0.returns.isEmpty && $0.returns.allSatisfy(fixesHost) }.map(\.name))
        var stale = !fixedHostHelpers.isEmpty
        for _ in 0..<2 {
            // Each call is judged by the flow of the function it stands in: a name another handler read from the
            // request is not the argument passed here.
            let wholeFile = self
            var flows: [Int?: CodeFlow] = [:]
            func flow(at line: Int) -> CodeFlow {
                let scope = file.layout.scopes.scope(of: line)
                if let known = flows[scope] { return known }
                let flow = wholeFile.within(scope, of: file)
                flows[scope] = flow
                return flow
            }
            let reached = helpers.parametersPassedRequestInput(judgedBy: flow(at:))
            if reached.contains(where: { !$0.value.isSubset(of: passedRoots[$0.key] ?? []) }) {
                passedRoots.merge(reached) { $0.union($1) }
                requestNames.formUnion(reached.keys)
                stale = true
            }
            // A function that returns request input (`return new URL(decoded)` after reading `req.query.src`) gives
            // request input where it is called.
            let returning = helpers.definitions.filter { definition in
                // The whole file's flow rules a return out before the function's own is worked out.
                !requestNames.contains(definition.name) && !functionsReturningConstants.contains(definition.name)
                    && definition.returns.contains { returned in
                        wholeFile.isRequestDerived(returned)
                            && flow(at: definition.statement).isRequestDerived(returned)
                    }
            }
            if !returning.isEmpty {
                functionsReturningRequestInput.formUnion(returning.map(\.name))
                requestNames.formUnion(functionsReturningRequestInput)
                stale = true
            }
            // A function that returns text it builds from request input (Ruby's `def issued_range_condition` ending
            // in `"invoices.issued_on >= '#{from}'"` after `from = params[:from]`) gives built text where it is
            // called (`where(issued_range_condition)`).
            let building = helpers.definitions.filter { definition in
                !functionsReturningBuiltText.contains(definition.name)
                    && !functionsReturningConstants.contains(definition.name)
                    && definition.returns.contains { returned in
                        // Request input the function reads itself, not only what a caller passes it: a constant
                        // table's entry picked by a request key (`SORTABLE[key]`) is a constant.
                        let own = flow(at: definition.statement)
                        let read = Self.withoutConstantTableEntries(returned)
                        return own.isBuilt(returned) && own.isRequestDerived(read) && wholeFile.isRequestDerived(read)
                    }
            }.map(\.name)
            if !building.isEmpty {
                functionsReturningBuiltText.formUnion(building)
                builtNames.formUnion(building)
                stale = true
            }
            guard stale else { break }
            walk(lines, at: lines.indices)
            stale = false
        }
    }

    /// The functions `helpers` defines whose every return builds a string only from literals, constants and choices
    /// among them, or is a tuple of constants, in the function's own flow: `" ORDER BY " + column + (asc ? " ASC" :
    /// " DESC")` after `column = SORT_COLUMNS.getOrDefault(key, "created_at")`, `return order_by, direction`. At most
    /// 32 are looked into, each by its own flow.
    private func functionsBuildingConstants(_ helpers: HelperFunctions, in file: ChangedFile) -> [String] {
        let building = helpers.definitions.filter { definition in
            !functionsReturningConstants.contains(definition.name) && !definition.returns.isEmpty
                && definition.returns.allSatisfy { Self.mayBuildString($0) || Self.tupleElements($0).count > 1 }
        }
        guard building.count <= 32 else { return [] }
        return building.filter { definition in
            let flow = within(file.layout.scopes.scope(of: definition.statement), of: file)
            return definition.returns.allSatisfy { returned in
                let elements = Self.tupleElements(returned)
                return elements.count > 1
                    ? elements.allSatisfy(flow.isConstantArgument)
                    : flow.isBuiltOnlyFromSafeParts(returned)
            }
        }.map(\.name)
    }

    /// The elements of a returned tuple (`order_by, direction`, `(column, "ASC")`); one element for anything else.
    private static func tupleElements(_ returned: Substring) -> [Substring] {
        var text = returned.trimmedLine
        if text.last == ";" { text = text.dropLast().trimmedLine }
        if text.first == "(", text.last == ")",
            argumentText(text.dropFirst()).endIndex == text.index(before: text.endIndex)
        {
            text = text.dropFirst().dropLast()
        }
        return arguments(in: text)
    }

    /// A route that names a handler the file defines (ASP.NET's `group.MapGet("/{**path}", DownloadStatement)`,
    /// `router.get("/files/:name", download)`): the handler's parameters named in the route are request input inside
    /// it.
    private mutating func bindRoutedHandlerParameters(_ helpers: HelperFunctions) {
        guard !helpers.isEmpty else { return }
        // A Play controller's action (`def download(file: String): Action[AnyContent] = …`) is given its parameters
        // by the routes file, from the request's path and query.
        for definition in helpers.definitions where Self.playAction.matches(statements[definition.statement]) {
            for case let parameter? in definition.parameters {
                passedRoots[parameter, default: []].insert(parameter)
                requestNames.insert(parameter)
            }
        }
        for line in statements.map({ $0.prefix { $0 != "\n" } }) where Self.mayNameRouteParameters(line) {
            guard let handler = Self.routedHandler.firstMatch(in: line, capture: 1) else { continue }
            let named = Set(Self.routeParameters.matches(in: line).compactMap { $0[1] ?? $0[2] ?? $0[3] })
            for definition in helpers.definitions where definition.name == handler {
                for case let parameter? in definition.parameters where named.contains(parameter[...]) {
                    passedRoots[parameter, default: []].insert(parameter)
                    requestNames.insert(parameter)
                }
            }
        }
    }

    /// A Scala method that makes a Play action: `def download(file: String): Action[AnyContent] = …`.
    private static let playAction = LinePattern(#"\bdef\s+\w+\s*\([^)]*\)\s*:\s*(?:Essential)?Action\["#)

    /// A route given a handler by name (group 1): `MapGet("/{**path}", DownloadStatement)`, `.get('/:id', show)`.
    private static let routedHandler = LinePattern(
        #"(?:Map(?:Get|Post|Put|Delete|Patch)|\.(?:get|post|put|delete|patch|route))\s*\(\s*["'][^"']*["']\s*,\s*"#
            + #"([A-Za-z_]\w*)\s*\)"#)

    /// What `file` says about its names before any line is walked.
    private init(before file: CodeFlow) {
        statements = file.statements
        readsArchive = file.readsArchive
        validatorsDefined = file.validatorsDefined
        concatenatesWithAngles = file.concatenatesWithAngles
        bindsHashBraces = file.bindsHashBraces
        pushesText = file.pushesText
        closedTypes = file.closedTypes
        closedFields = file.closedFields
        fixedHostHelpers = file.fixedHostHelpers
        functionsReturningRequestInput = file.functionsReturningRequestInput
        functionsReturningBuiltText = file.functionsReturningBuiltText
        functionsReturningConstants = file.functionsReturningConstants
        constantCall = file.constantCall
    }

    /// The flow as seen from inside the function or callback opened at line `scope` of `file` (nil: from outside every
    /// one; ``FunctionScopes/scope(of:)``), this being the whole file's flow: only lines of that function, of those
    /// holding it or held by it, and of none are walked, so a name one handler builds from the request is not the name
    /// another handler looks up. The function's parameters that some call in the file passes request input to
    /// (``passedRoots``) are request input from its first line. In a file of very many scopes, once
    /// ``FunctionScopes/linesSeen(from:)`` has no budget left, the whole file's flow.
    func within(_ scope: Int?, of file: ChangedFile) -> CodeFlow {
        let scopes = file.layout.scopes
        guard let seen = scopes.linesSeen(from: scope) else { return self }
        func holdsScope(_ function: Int) -> Bool { scope.map { scopes.function(at: function, holds: $0) } ?? false }
        let holding = file.layout.helpers.definitions.filter { holdsScope($0.statement) }
        let parameters = holding.flatMap(\.parameters)
        var flow = CodeFlow(before: self)
        flow.passedRoots = passedRoots.filter { parameters.contains($0.key) }
        flow.requestNames = Set(flow.passedRoots.keys).union(functionsReturningRequestInput)
        flow.builtParameters = builtParameters.filter(parameters.contains)
        flow.builtNames = functionsReturningBuiltText
        flow.constantNames = functionsReturningConstants
        if !closedTypes.isEmpty {
            // `func open(…, sort: TicketSort = .newest)`: a parameter of a closed type holds one of its values.
            for definition in holding {
                let signature = file.layout.statements[definition.statement]
                for groups in Self.typedParameter.matches(in: signature) {
                    guard let name = groups[1], let type = groups[2], closedTypes.contains(type) else { continue }
                    flow.constantNames.insert(String(name))
                }
                // Java's and C#'s type first: `headcount(long companyId, GroupBy groupBy)`.
                for groups in Self.typeFirstParameter.matches(in: signature) {
                    guard let type = groups[1], let name = groups[2], closedTypes.contains(type) else { continue }
                    flow.constantNames.insert(String(name))
                }
            }
        }
        // A callback's or nested function's lines count for the function holding it (`rows.forEach(r => { sql +=
        // … })`); a sibling's do not.
        flow.walk(file.visible, at: seen)
        return flow
    }

    /// Records, line by line in order, what each name is assigned from, on the lines at `indices` (ascending).
    private mutating func walk(_ lines: [ChangedFile.Line], at indices: some Sequence<Int>) {
        builtNames.formUnion(builtParameters)
        var routeDecoratorLine: Int?
        // The body of a `match` on request input, whose arms' patterns bind parts of it.
        var requestMatch: Range<Int>?
        // Kotlin's `val sql = buildString {`: the name its bare `append(…)` calls build, and the block's indentation.
        var stringBuilder: (name: String, indentation: Int)?
        for index in indices {
            let line = lines[index]
            if let builder = stringBuilder, line.text.isCodeLine, line.text.indentation <= builder.indentation {
                stringBuilder = nil
            }
            if line.text.hasBytes("buildString"), let name = Self.buildStringStart.firstMatch(in: line.text, capture: 1)
            {
                stringBuilder = (String(name), line.text.indentation)
                record(String(name), value: "\"\"", appending: false)
                continue
            }
            if Self.mayNameRouteParameters(line.text) {
                for name in Self.routeParameters.matches(in: line.text).compactMap({ $0[1] ?? $0[2] ?? $0[3] }) {
                    numericParameters = numericParameters ?? Self.numericParameters(in: lines)
                    if numericParameters?.contains(name) != true { bindRequest(String(name)) }
                }
            }
            if line.text.hasBytes("@"), Self.routeDecorator.matches(line.text) {
                routeDecoratorLine = index
            } else if let decorator = routeDecoratorLine, line.text.hasBytes("def "), index - decorator <= 4 {
                // `@bp.get("/hooks/<int:hook_id>")`: the route converts `hook_id` to a number.
                let converted = Set(
                    Self.convertedRouteParameters.matches(in: lines[decorator].text).compactMap { $0[1] ?? $0[2] })
                for name in Self.handlerParameters(statements[index]) where !converted.contains(name[...]) {
                    bindRequest(name)
                }
                routeDecoratorLine = nil
            }
            if Self.mayReadRequest(line.text) {
                for groups in Self.boundParameters.matches(in: line.text) {
                    if let name = groups.dropFirst().lazy.compactMap({ $0 }).first {
                        bindRequest(String(name))
                    }
                }
                for name in Self.tupleExtractorNames(in: line.text) { bindRequest(name) }
                for groups in Self.requestObjectParameters.matches(in: line.text) {
                    if let name = groups[1] ?? groups[2] ?? groups[3] { bindRequest(String(name)) }
                }
            }
            // C#'s `Uri.TryCreate(body.Url, UriKind.Absolute, out var target)`: what parsing request text gives out is
            // request input, unless it is a number, a date or a GUID.
            if line.text.hasBytes("out "), let groups = Self.outArgument.firstMatch(in: statements[index]),
                let type = groups[1], let arguments = groups[2], let name = groups[3], !Self.numberTypes.contains(type),
                isRequestDerived(arguments)
            {
                bindRequest(String(name), readFrom: arguments)
            }
            // A Phoenix action's params, also when only matched to a pattern (`%{"file" => file}`).
            if line.text.hasBytes("conn"), let pattern = Self.phoenixAction.firstMatch(in: line.text, capture: 1) {
                for groups in Self.patternVariable.matches(in: pattern) {
                    if let name = groups[1] { bindRequest(String(name)) }
                }
            }
            if line.text.hasBytes("(&"), let groups = Self.decodedInto.firstMatch(in: statements[index]),
                let name = groups[1] ?? groups[2], groups[2] != nil || isRequestDerived(statements[index])
            {
                bindRequest(String(name))
            }
            if line.text.hasBytes("{"), let groups = Self.destructuring.firstMatch(in: statements[index]),
                let names = groups[1], let value = groups[2], isRequestDerived(value)
            {
                for name in Self.requestBoundNames(destructuring: names, from: value) {
                    bindRequest(name, readFrom: value)
                }
                continue
            }
            if line.text.hasBytes("match"), let scrutinee = Self.matchOpening.firstMatch(in: line.text),
                let value = scrutinee[1] ?? scrutinee[2], isRequestDerived(value)
            {
                requestMatch = HelperFunctions.body(at: index, in: lines)
            }
            if requestMatch?.contains(index) == true, line.text.hasBytes("=>"),
                let pattern = Self.matchArm.firstMatch(in: line.text, capture: 1)
            {
                // `case JsSuccess(PreviewRequest(target), _) =>` on request input binds `target` to it.
                for name in Self.identifiers(in: pattern, skippingCalls: true) where name.first?.isLowercase == true {
                    bindRequest(name)
                }
            }
            if line.text.hasBytes("for"), let name = Self.literalLoop.firstMatch(in: line.text)?[1] {
                constantNames.insert(String(name))
            }
            if let (names, iterable) = Self.loopBinding(in: line.text), isRequestDerived(iterable) {
                // `foreach ($layout as $option => $value)`: each element of request input is request input.
                for name in names { bindRequest(name, readFrom: iterable) }
            }
            let guarded = lines[index..<min(index + 4, lines.count)]
            for name in namesCheckedAgainstAllowLists(
                in: line.text, refusal: guarded.map(\.text).joined(separator: "\n")[...])
            {
                requestNames.remove(name)
                builtNames.remove(name)
                constantNames.insert(name)
            }
            if line.text.hasBytes("ppend") || line.text.hasBytes("WriteString")
                || pushesText && line.text.hasBytes(".push("),
                let (name, pieces) = Self.builderAppend(
                    Self.chained(
                        stringBuilder.map { Self.receiverGiven(to: statements[index], $0.name) } ?? statements[index],
                        from: index, in: lines))
            {
                // Pieces are joined as a concatenation only when one of them is built or request text, or a value
                // is spliced into a quoted SQL literal (`append(" AND status = '").append(status)`): appending a name
                // that holds a fixed clause (`append(clause)`, `append(sort.column)`) builds nothing.
                let varies =
                    pieces.contains { isBuilt($0) || isRequestDerived($0) || mentionsAny($0, of: builtNames) }
                    || zip(pieces, pieces.dropFirst()).contains { Self.opensSQLQuote($0) && !isConstantArgument($1) }
                let value = pieces.joined(separator: varies ? " + " : ", ")[...]
                record(name, value: value, appending: true)
                if sqlTextNames.contains(name), isBuilt(value), isRequestDerived(value) {
                    requestTextAddedToSQL.insert(index)
                }
                continue
            }
            // A list held constant so far (``isEmptyList(_:)``) given something by a call other than `append`
            // (`where.push(…)`, `conds.add(…)`, `$where[] = …`) holds what it is given.
            if !constantNames.isEmpty, Self.mayAddToList(line.text),
                let groups = Self.listAddition.firstMatch(in: statements[index]), let name = groups[1],
                constantNames.contains(String(name)), let call = groups[0]
            {
                let argument = groups[2] ?? Self.argumentText(call.base[call.endIndex...])
                record(String(name), value: argument, appending: true)
                continue
            }
            if !closedTypes.isEmpty, let (name, type) = Self.typedDeclaration(line.text) {
                if closedTypes.contains(type) { closedTypeNames.insert(name) } else { closedTypeNames.remove(name) }
            }
            // Go's `if column, ok := sortColumns[f.Sort]; ok {`: the statement before the condition assigns.
            let statement =
                line.text.hasBytes(":=") && line.text.hasBytes("if")
                ? Self.goIfInitialiser.firstMatch(in: statements[index], capture: 1) ?? statements[index]
                : statements[index]
            if line.text.hasBytes(","), let pairs = Self.tupleAssignment(statement) {
                for (name, value) in pairs { record(name, value: value, appending: false) }
                continue
            }
            guard line.text.hasBytes("=") || line.text.hasBytes("<<"),
                let groups = Self.assignment.firstMatch(in: statement), let name = groups[1].map(String.init),
                let value = groups[3]
            else { continue }
            if value.hasBytes("append("), let added = Self.goAppend(to: name, value) {
                // Go's `conds = append(conds, "i.status = $2")`: the list keeps what it held and gains the rest.
                record(name, value: added, appending: true)
                continue
            }
            // `if name == "" { name = job.FileName }`: a default filled in when the request gave none leaves what the
            // request gives otherwise.
            if requestNames.contains(name), Self.fillsDefault(of: name, at: index, in: lines) { continue }
            let appending = groups[2].map { $0 != "=" && $0 != ":=" } ?? false
            let chained = Self.chained(value, from: index, in: lines)
            record(name, value: chained, appending: appending)
            if appending, sqlTextNames.contains(name), isBuilt(chained), isRequestDerived(chained) {
                requestTextAddedToSQL.insert(index)
            }
        }
    }

    /// Records `name` as read from the request where it is bound (a route's or handler's parameter, a decoded body,
    /// a destructured request value): its roots are those of `value` when it is read from one, or itself. A name bound
    /// again starts again, so a parameter that shares its name with another function's variable is its own root.
    private mutating func bindRequest(_ name: String, readFrom value: Substring? = nil) {
        requestNames.insert(name)
        derivedRoots[name] = value.map { value in
            Set(requestRoots(of: value).map { $0 == Self.directRead ? name : $0 })
        }
    }

    /// A string builder appended to: `sql.append(" AND status IN (").append(inList)` (Java, Kotlin),
    /// `sb.Append(…)` (C#), `b.WriteString(…)` (Go), sqlx's `qb.push(…)` (Rust), as the builder's name and the pieces
    /// appended, which are to it what `sql += " AND status IN (" + inList` is to a string.
    private static func builderAppend(_ statement: Substring) -> (String, [Substring])? {
        guard let name = builderAppendCall.firstMatch(in: statement, capture: 1) else { return nil }
        let pieces = appendCall.matches(in: statement).compactMap { $0[0] }.map { call in
            argumentText(call.base[call.endIndex...])
        }
        return (String(name), pieces)
    }

    /// What Go's `append(name, …)` given to `name` itself adds to it: the arguments after the first; nil for any other
    /// value.
    private static func goAppend(to name: String, _ value: Substring) -> Substring? {
        let text = value.trimmedLine
        guard text.hasPrefix("append("), text.last == ")" else { return nil }
        let arguments = argumentText(text.dropFirst("append(".count))
        guard arguments.endIndex == text.index(before: text.endIndex) else { return nil }
        let list = arguments.prefix { $0 != "," }
        guard list.trimmedLine == name, list.endIndex < arguments.endIndex else { return nil }
        return arguments[arguments.index(after: list.endIndex)...]
    }

    /// Whether `piece` is a string literal that leaves a SQL quote open (`" AND i.status = '"`, `" LIKE '%"`): what is
    /// appended next is a value inside SQL text.
    private static func opensSQLQuote(_ piece: Substring) -> Bool {
        let literal = piece.trimmedLine
        guard literal.count >= 2, literal.first == "\"", literal.last == "\"" else { return false }
        return literal.utf8.count { $0 == UInt8(ascii: "'") } % 2 == 1
    }

    /// The start of Kotlin's `buildString` block given to a name (group 1): `val sql = buildString {`.
    private static let buildStringStart = LinePattern(#"^\s*(?:val|var)\s+([A-Za-z_]\w*)\s*=\s*buildString\s*\{\s*$"#)

    /// `statement` given `receiver` when it opens with a bare `append(` (inside a `buildString` block).
    private static func receiverGiven(to statement: Substring, _ receiver: String) -> Substring {
        let start = statement.drop { $0 == " " || $0 == "\t" }
        return start.hasPrefix("append(") ? Substring(receiver + "." + start) : statement
    }

    /// A statement that starts by appending to a builder (group 1 the builder).
    private static let builderAppendCall = LinePattern(
        #"^\s*([A-Za-z_]\w*)\s*\.\s*(?:append|Append|AppendLine|WriteString|push)\("#)
    private static let appendCall = LinePattern(#"\.\s*(?:append|Append|AppendLine|WriteString|push)\("#)

    /// `value` with the method chain laid out below it, one call per line (`let path = state` then `.root`,
    /// `.join(name)`): the lines after the statement at `index` that open with `.`, `?.` or `->`, at most eight.
    private static func chained(_ value: Substring, from index: Int, in lines: [ChangedFile.Line]) -> Substring {
        var next = index + 1 + value.utf8.count { $0 == UInt8(ascii: "\n") }
        guard next < lines.count, continuesChain(lines[next].text) else { return value }
        var text = String(value)
        while next < lines.count, next - index <= 8, continuesChain(lines[next].text) {
            text += "\n" + lines[next].text
            next += 1
        }
        return text[...]
    }

    private static func continuesChain(_ line: Substring) -> Bool {
        let start = line.drop { $0 == " " || $0 == "\t" }
        return start.hasPrefix(".") && !start.hasPrefix("..") || start.hasPrefix("?.") || start.hasPrefix("->")
    }

    /// Whether line `index` stands in a block whose condition tests `name` for being empty (`if name == "" {`,
    /// `if not name:`, `if (!name)`, `if name is None:`, `unless name.present?`, `if name.isEmpty {`).
    private static func fillsDefault(of name: String, at index: Int, in lines: [ChangedFile.Line]) -> Bool {
        guard let condition = ChangedFile.enclosingLine(of: index, in: lines), condition.text.hasBytes(name) else {
            return false
        }
        let variable = "\\$?" + NSRegularExpression.escapedPattern(for: name)
        let empty =
            #"^\s*(?:\}\s*)?(?:if|elif|else\s+if)\s*\(?\s*(?:"# + variable
            + #"\s*(?:===?|is)\s*(?:""|''|nil|null|None|undefined)\b|"# + variable + #"\.(?:isEmpty|empty\?|blank\?)"#
            + #"|(?:!|not\s+)\s*"# + variable + #"\b|len\(\s*"# + variable + #"\s*\)\s*==\s*0)|"#
            + #"^\s*unless\s+"# + variable + #"\.present\?"#
        return LinePattern(empty).matches(condition.text)
    }

    private mutating func record(_ name: String, value: Substring, appending: Bool) {
        if closedTypeNames.contains(name) || readsClosedField(value) {
            constantNames.insert(name)
            requestNames.remove(name)
            builtNames.remove(name)
            sqlNames.remove(name)
            return
        }
        if !appending, let sanitizer = Self.sanitizerReference.firstMatch(in: value, capture: 1) {
            sanitizerAliases[name] = String(sanitizer)
            return
        }
        let value = callingSanitizersByName(value)
        if !appending {
            if fixesHost(value) { fixedHostNames.insert(name) } else { fixedHostNames.remove(name) }
        }
        if value.hasBytes("("), Self.sanitizer.matches(value) {
            let sanitizers = Set(Self.sanitizer.matches(in: value).compactMap { $0[1].map(String.init) })
            let vetsShapeOnly = sanitizers.isSubset(of: validatorsDefined) || Self.requestValidation.matches(value)
            let unwrapped = Self.withoutSanitizerCalls(value)
            if !vetsShapeOnly, isRequestDerived(unwrapped) {
                // `"… {src} -thumbnail {size}".format(src=shlex.quote(src), size=size)`: a sanitiser clears only what
                // it wraps.
                record(name, value: unwrapped[...], appending: appending)
                return
            }
            if vetsShapeOnly, isRequestDerived(value) || mentionsAny(value, of: onlyValidatedNames) {
                onlyValidatedNames.insert(name)
            } else {
                onlyValidatedNames.remove(name)
            }
            requestNames.remove(name)
            builtNames.remove(name)
            // `sprintf('pdftotext %s -', escapeshellarg($path))`: nothing outside the sanitiser calls varies.
            if !appending, unsafeNames(in: unwrapped).isEmpty {
                safeNames[name] =
                    "is built only from values passed through " + sanitizers.sorted().joined(separator: ", ")
            } else {
                safeNames[name] = nil
            }
            return
        }
        let mayListPlaceholders = ["*", "Repeat(", "=>", "join(", "$\"", "$'", "%d", "$${"].contains(
            where: value.hasBytes)
        if mayListPlaceholders && Self.placeholderList.matches(value) || name.lowercased().contains("placeholder") {
            safeNames[name] = "is a list of query placeholders"
            return
        }
        let isTable = Self.isLiteralTable(value)
        if isTable
            || !appending
                && (isTableLookup(value) || Self.isLiteralSwitch(value) || isConstantChoice(value)
                    || Self.allowListedChoice.matches(value) || isConstantCall(value))
        {
            if isTable { literalTables.insert(name) }
            constantNames.insert(name)
            requestNames.remove(name)
            builtNames.remove(name)
            sqlNames.remove(name)
            return
        }
        safeNames[name] = nil
        if value.hasBytes("("), Self.recordLookup.matches(value) {
            // `hook = Hook.query.get_or_404(hook_id)`: the server's own record, found by a request key.
            requestNames.remove(name)
            builtNames.remove(name)
            constantNames.remove(name)
            return
        }
        if mentionsAny(value, of: onlyValidatedNames) {
            onlyValidatedNames.insert(name)
        } else if !appending {
            onlyValidatedNames.remove(name)
        }
        if !appending, Self.isRequestURL(value) != requestURLNames.contains(name) {
            if requestURLNames.contains(name) { requestURLNames.remove(name) } else { requestURLNames.insert(name) }
            namedURLOrigin = Self.originOf(requestURLNames: requestURLNames)
        }
        let readsRequest = isRequestDerived(value)
        if readsRequest, !isRequestDerived(Self.withoutNumbers(Self.numericReads.removingMatches(in: value))) {
            // `isset($_GET['id']) ? (int) $_GET['id'] : 0`: a number or a yes/no carries no request text.
            if !appending { requestNames.remove(name) }
        } else if readsRequest {
            let roots = Set(requestRoots(of: value).map { $0 == Self.directRead ? name : $0 })
            derivedRoots[name] =
                appending && requestNames.contains(name) ? roots.union(derivedRoots[name] ?? [name]) : roots
            requestNames.insert(name)
        }
        let building = building(value)
        let built = building == .fromVaryingParts
        // Text built only of constants (`fmt.Sprintf("i.issued_at >= $%d", len(args))`) is a constant too.
        let builtOfConstants = building == .onlyFromSafeParts
        if built || appending && builtNames.contains(name) { builtNames.insert(name) }
        // `SUMMARY_SQL.format(region_filter=region_filter)`: SQL text filled in with built parts is built SQL.
        if !builtOfConstants
            && (built && Self.sql.matches(value)
                || appending && (sqlNames.contains(name) || sqlTextNames.contains(name)) && built
                || built && (mentionsAny(value, of: sqlNames) || mentionsAny(value, of: sqlTextNames)))
        {
            sqlNames.insert(name)
        }
        if Self.sql.matches(value) || mentionsAny(value, of: sqlTextNames) {
            sqlTextNames.insert(name)
        } else if !appending {
            sqlTextNames.remove(name)
        }
        if !appending,
            Self.isSingleLiteral(value) || Self.literalChoice.matches(value) || Self.isEmptyList(value)
                || Self.isListOfLiterals(value) || builtOfConstants || isConstantValue(value)
                || Self.isWordPressTableName(value)
        {
            constantNames.insert(name)
        } else if !appending || !constantNames.contains(name) || !(isConstantValue(value) || builtOfConstants) {
            // A list given only constants (`filters.append(_CHANNEL_FILTER)`) holds constants.
            constantNames.remove(name)
        }
    }

    /// Whether `value` is one call of a function that returns only constants (`_ordering(request)`).
    private func isConstantCall(_ value: Substring) -> Bool {
        guard let constantCall, value.hasBytes("(") else { return false }
        return constantCall.removingMatches(in: value).allSatisfy { $0.isWhitespace || $0 == ";" }
    }

    /// Whether `value` names a WordPress table: the site's table prefix and literals (`$wpdb->prefix . 'fn_members'`).
    private static func isWordPressTableName(_ value: Substring) -> Bool {
        guard value.hasBytes("wpdb->") || value.hasBytes("->db->") else { return false }
        let rest = plainLiteral.removingMatches(in: wordPressTable.removingMatches(in: value))
        return rest.count < value.count && rest.allSatisfy { $0.isWhitespace || $0 == "." || $0 == ";" }
    }

    /// A string literal that interpolates nothing.
    private static let plainLiteral = LinePattern(#"'[^'\\]*'|"[^"\\$]*""#)

    /// Whether `value` is one literal without interpolation, or a constant's name.
    private func isConstantValue(_ value: Substring) -> Bool {
        let text = value.trimmedLine
        guard !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else {
            return Self.isSingleLiteral(value)
        }
        return Self.isConstantName(text) || constantNames.contains(String(text))
    }

    /// Whether `line` may add to a list other than by `append` (``listAddition``).
    private static func mayAddToList(_ line: Substring) -> Bool {
        [".push", ".add", ".unshift", ".extend", ".insert", ".Add", "] =", "]=", "<<"].contains(where: line.hasBytes)
    }

    /// An addition to a list (group 1 the list): a call (`where.push(`, `conds.add(`, `parts.extend(`), whose
    /// arguments follow the match, or `$where[] = …`, `ph[i] = …` and `parts << …` (group 2 the value).
    private static let listAddition = LinePattern(
        #"^\s*\$?([A-Za-z_]\w*)\s*(?:\.\s*(?:push|add|unshift|extend|insert|Add|AddRange)\s*\(|"#
            + #"(?:\[[^\]]*\]\s*=(?!=)|<<)\s*([\s\S]+))"#)

    /// A new empty list: `[]`, `list()`, `[]string{}`, `make([]string, n)`, `new ArrayList<>()`,
    /// `mutableListOf<String>()`, `Vec::new()`.
    private static func isEmptyList(_ value: Substring) -> Bool {
        let text = value.trimmedLine.drop { $0 == "(" }
        guard text.count <= 60, text.hasBytes("[]") || text.hasBytes("()") else { return false }
        return emptyList.matches(text)
    }

    /// A list of string literals, each interpolating nothing (``isSingleLiteral(_:)``): Go's `[]string{"i.account_id =
    /// $1"}`, `["status = %s", "deleted_at IS NULL"]`.
    private static func isListOfLiterals(_ value: Substring) -> Bool {
        var text = value.trimmedLine
        if text.last == ";" { text = text.dropLast().trimmedLine }
        if text.hasPrefix("[]"), let open = text.firstIndex(of: "{"), text.last == "}",
            text[text.index(text.startIndex, offsetBy: 2)..<open].allSatisfy({ $0.isLetter })
        {
            text = text[text.index(after: open)..<text.index(before: text.endIndex)]
        } else if text.first == "[", text.last == "]" {
            text = text.dropFirst().dropLast()
        } else {
            return false
        }
        let elements = arguments(in: text)
        return !elements.isEmpty && elements.allSatisfy { isSingleLiteral($0.trimmedLine) }
    }

    private static let emptyList = LinePattern(
        #"^(?:\[\]|list\(\)|array\(\)|\[\]\w+\{\}|make\(\s*\[\]\w+\s*,[^()]*(?:\([^()]*\))?[^()]*\)|"#
            + #"new\s+(?:List|ArrayList)<[\w<>, ]*>\(\)|"#
            + #"(?:mutableListOf|arrayListOf|ArrayList)(?:<[\w<>, ]*>)?\(\)|Vec::new\(\)|vec!\[\])\s*;?$"#)

    // MARK: Questions sink rules ask

    /// True when `text` reads request input directly or through a name assigned from it.
    func isRequestDerived(_ text: some StringProtocol) -> Bool {
        if let own = withoutSiteOrigin(text) { return isRequestDerived(own) }
        return (Self.mayReadRequest(text) && Self.requestSource.matches(text)) || mentionsAny(text, of: requestNames)
            || readsArchive && Self.archiveEntryName.matches(text)
    }

    /// Where the request input `text` holds was first read: the roots (``derivedRoots``) of the request names it
    /// mentions, and ``directRead`` when it reads the request itself. Empty when it holds no request input.
    func requestRoots(of text: some StringProtocol) -> Set<String> {
        var roots = Set<String>()
        if Self.mayReadRequest(text) && Self.requestSource.matches(text)
            || readsArchive && Self.archiveEntryName.matches(text)
        {
            roots.insert(Self.directRead)
        }
        if Self.mayMention(text, anyOf: requestNames) {
            for groups in Self.memberAccess.matches(in: Self.codeText(text)) {
                guard let name = groups[1].map(String.init), requestNames.contains(name) else { continue }
                if let derived = derivedRoots[name] ?? passedRoots[name] {
                    roots.formUnion(derived)
                } else {
                    roots.insert(groups[2].map { name + "." + $0 } ?? name)
                }
            }
        }
        return roots
    }

    /// A name and the member read from it (`params.branch`): two fields of one request are two roots.
    private static let memberAccess = LinePattern(
        #"(?:(?<![\w.$])(?<!->)(?<!::)@?|(?<![\w$])\$)([A-Za-z_]\w*)(?:\??\.([A-Za-z_]\w*))?"#)

    /// A request value cast to a number or a flag (`(int) $_GET['id']`, `(int) ($_GET['page'] ?? 1)`, `(bool) $input`,
    /// `intval(…)`, WordPress's `absint(…)`), or only tested for presence (`isset(…)`, `empty(…)`).
    private static let numericReads = LinePattern(
        #"\((?:int|integer|float|double|bool|boolean|long)\)\s*\(?\s*\$?[\w.]+(?:\[[^\]]*\])*|"#
            + #"\b(?:isset|empty|intval|floatval|boolval|absint)\s*\([^()]*\)|"#
            // Flask's and Werkzeug's converting read: `request.args.get("w", default=640, type=int)`.
            + #"\brequest\.(?:args|form|values)\.get\([^()]*\btype\s*=\s*(?:int|float|bool)\s*\)|"#
            // Vapor's converting read: `req.parameters.get("userID", as: UUID.self)`, `req.query.get(Int.self, at:
            // "page")`.
            + #"\b(?:parameters|query)\.get\([^()]*\b(?:UUID|U?Int\d*|Double|Float|Bool)\.self\b[^()]*\)"#)

    /// The root of input a statement reads from the request itself, not through a name.
    static let directRead = "(request)"

    /// False when `text` holds none of the words a request read needs (so ``requestSource`` need not run).
    static func mayReadRequest(_ text: some StringProtocol) -> Bool {
        requestHintWords.occur(in: text)
    }

    private static let requestHintWords = ByteWords(requestHints)

    /// False when `text` names no route parameter: `"/files/{name}"`, a controller's relative `"{**path}"` or
    /// `"files/{**path}"`, `"orgs/:org"` (so ``routeParameters`` need not run).
    private static func mayNameRouteParameters(_ text: some StringProtocol) -> Bool {
        ["\"/", "'/", "\"{", "'{", "/{", "/:", "/<"].contains(where: text.hasBytes)
    }

    /// How a text forms a string: not built at all, built with a part that varies, or built only of safe parts.
    enum Building {
        case notBuilt
        case fromVaryingParts
        case onlyFromSafeParts
    }

    /// True when `text` builds a string by interpolation, formatting or concatenation from something that is not a
    /// constant (an `UPPER_CASE` name, a literal-only name, a placeholder list, a number).
    func isBuilt(_ text: some StringProtocol) -> Bool {
        building(text, tellingSafeParts: false) == .fromVaryingParts
    }

    /// True when `text` is a string built (``isBuilt(_:)``'s interpolation, formatting or concatenation) only from
    /// literals, constants and names made safe (`'convert ' . $width` after `$width = intval(…)`), reading no
    /// request.
    func isBuiltOnlyFromSafeParts(_ text: some StringProtocol) -> Bool {
        building(text) == .onlyFromSafeParts
    }

    /// How `text` forms a string, with the interpolation match and the search for unsafe names run once for both
    /// questions: bound SQL parameters, MyBatis's `#{…}` and C#'s plain verbatim strings do not count as varying
    /// parts; text whose every part is safe is built of safe parts only when it reads no request. Without
    /// `tellingSafeParts`, text not built from varying parts is `notBuilt`, and the work that tells is skipped.
    func building(_ text: some StringProtocol, tellingSafeParts: Bool = true) -> Building {
        guard Self.mayBuildString(text) else { return .notBuilt }
        if !concatenatesWithAngles, text.hasBytes("<>") {
            return building(text.replacingOccurrences(of: "<>", with: "!="), tellingSafeParts: tellingSafeParts)
        }
        var code = Self.parameterisedSQL.removingMatches(in: text)
        if bindsHashBraces, code.hasBytes("#{") { code = Self.boundHashBraces.removingMatches(in: code) }
        if code.hasBytes("@\"") { code = Self.plainVerbatimString.removingMatches(in: code) }
        let unchanged = code.utf8.elementsEqual(text.utf8)
        let codeInterpolates = Self.interpolation.matches(code)
        let unsafeInCode = codeInterpolates ? unsafeNames(in: code) : []
        if !unsafeInCode.isEmpty { return .fromVaryingParts }
        guard tellingSafeParts else { return .notBuilt }
        let interpolates = unchanged ? codeInterpolates : Self.interpolation.matches(text)
        guard interpolates, unchanged || unsafeNames(in: text).isEmpty else { return .notBuilt }
        return isRequestDerived(Self.withoutNumbers(text)) ? .notBuilt : .onlyFromSafeParts
    }

    /// MyBatis's bound parameter: `#{pattern}`, `#{c.reference,jdbcType=VARCHAR}`.
    private static let boundHashBraces = LinePattern(#"#\{[\w.]+(?:,[^{}]*)?\}"#)

    /// A C# verbatim string that interpolates nothing (`@"… LIKE @Name + '%' …"`): its text, however it reads, is
    /// one literal.
    private static let plainVerbatimString = LinePattern(#"(?<![$\w])@"(?:[^"]|"")*""#)

    /// True when `text` holds SQL built from strings (also SQL text a name holds, filled in where it is used:
    /// `REPORT_SQL.format(order_by=order_by)`), or a name assigned such SQL.
    func isBuiltSQL(_ text: some StringProtocol) -> Bool {
        (isBuilt(text) && (Self.sql.matches(text) || mentionsAny(text, of: sqlTextNames)))
            || mentionsAny(text, of: sqlNames)
    }

    /// True when the first argument of the call in `text` is one string literal without interpolation, or a name
    /// assigned only such a literal.
    func isConstantArgument(_ argument: some StringProtocol) -> Bool {
        let trimmed = argument.drop { $0 == " " || $0 == "(" }
        if Self.leadingLiteral.matches(trimmed) { return true }
        let name = trimmed.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
        // Names are recorded without their sigil (`$command` as `command`), as ``assignment`` captures them.
        let recorded = String(name.drop { $0 == "$" })
        return !name.isEmpty
            && (constantNames.contains(recorded) || safeNames[recorded] != nil || Self.isConstantName(name))
    }

    /// Why the first name in `argument` that the file marks safe or constant carries no outside input
    /// (`` `command` is built only from values passed through escapeshellarg``); nil when no name there is.
    func safety(of argument: some StringProtocol) -> String? {
        for name in Self.identifiers(in: argument, skippingCalls: true) {
            if let why = safeNames[name] { return "`\(name)` \(why)" }
            if constantNames.contains(name) {
                return "`\(name)` holds a constant or a value looked up in an allow-list"
            }
        }
        return nil
    }

    /// True when `text` names any of `names` as a whole word.
    func mentionsAny(_ text: some StringProtocol, of names: Set<String>) -> Bool {
        guard Self.mayMention(text, anyOf: names) else { return false }
        return Self.identifiers(in: text).contains { names.contains($0) }
    }

    /// A byte-level test that `text` may name one of `names`: each name searched for when there are few, else each word
    /// of `text` looked up, so a large file's hundreds of names do not make every question cost as many searches.
    private static func mayMention(_ text: some StringProtocol, anyOf names: Set<String>) -> Bool {
        guard !names.isEmpty else { return false }
        guard names.count > 16 else { return names.contains(where: text.hasBytes) }
        var mentions = false
        Substring(text).forEachWord { word in
            mentions = names.contains(String(word))
            return !mentions
        }
        return mentions
    }

    /// False when no name in the file can be recorded as built (``builtNames``, ``sqlNames``) or request-derived
    /// (``requestNames``): no line may build a string (``mayBuildString``, with every `$` before a letter counted,
    /// since a line alone does not say whether it sits inside a string), read a request, name a route parameter,
    /// declare a Play action (``playAction``) or read an archive. A byte scan, so a sink check need not work out the
    /// flow just to find those sets empty.
    static func mayTaint(_ lines: [ChangedFile.Line]) -> Bool {
        lines.contains { line in
            let text = line.text
            return mayBuildString(text) || mayReadRequest(text) || mayNameRouteParameters(text)
                || archiveReaders.contains(where: text.hasBytes) || interpolatesName(text)
                || text.hasBytes("Action[") && playAction.matches(text)
        }
    }

    /// `$` before a letter, `_` or `{` (what ``mayBuildString`` counts inside a double-quoted string), wherever the
    /// line's strings start.
    private static func interpolatesName(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.indices.dropLast().contains {
            bytes[$0] == UInt8(ascii: "$") && bytes[$0 + 1] >= UInt8(ascii: "A")
        }
    }

    /// A byte scan for what string building needs (a quote next to `+`, `%` or `.`, a prefixed or interpolating
    /// literal, a formatting call): false means ``interpolation`` cannot match, and spares most lines the regular
    /// expression.
    static func mayBuildString(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        var inDouble = false
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                if byte == UInt8(ascii: "\"") { inDouble.toggle() }
                let before = bytes[..<index].last { $0 != UInt8(ascii: " ") }
                let after = bytes[(index + 1)...].first { $0 != UInt8(ascii: " ") }
                if let before,
                    [
                        UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "f"), UInt8(ascii: "F"),
                        UInt8(ascii: "$"), UInt8(ascii: "<"),
                    ].contains(before)
                {
                    return true
                }
                // C#'s interpolated verbatim `$@"…{x}…"`; a plain verbatim `@"…"` interpolates nothing.
                if before == UInt8(ascii: "@"), index > 1, bytes[index - 2] == UInt8(ascii: "$") { return true }
                if let after, [UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: ".")].contains(after) { return true }
            case UInt8(ascii: "{"):
                if index > 0, bytes[index - 1] == UInt8(ascii: "$") || bytes[index - 1] == UInt8(ascii: "#") {
                    return true
                }
            case UInt8(ascii: "$"):
                if inDouble, index + 1 < bytes.count, bytes[index + 1] >= UInt8(ascii: "A") { return true }
            case UInt8(ascii: "\\"):
                // Swift's `"\(name)"`.
                if inDouble, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "(") { return true }
            case UInt8(ascii: "<"):
                // Elixir's `"git log " <> ref` (Erlang's `++` is caught by `+`).
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") { return true }
            default: break
            }
        }
        return text.hasBytes("format") || text.hasBytes("Sprintf") || text.hasBytes("concat(")
    }

    /// The names `text` builds a string from (interpolated into a literal, concatenated or formatted with one) that
    /// may carry outside input: not constants, keywords (unless the file assigns one as a name: `where = f"…"`),
    /// function names, or placeholder lists. Names elsewhere in the
    /// statement, such as a query's parameters after its text, do not count.
    private func unsafeNames(in text: some StringProtocol) -> [String] {
        // `BASE_SQL + orderBy(sort, dir) + " LIMIT …"`, `filter.sort.as_sql()`: what a function returning only
        // constants returns, whatever it is passed or called on.
        var text = constantCall.map { text.hasBytes("(") ? $0.removingMatches(in: text) : String(text) } ?? String(text)
        // `strconv.Itoa(limit)`: digits, whatever the int was parsed from.
        if text.hasBytes("strconv.") { text = Self.countExpression.removingMatches(in: text) }
        // `f"analytics_event_{day:%Y_%m}"`, `f"{n:04d}"`: a date or a number formatted into digits, whatever it is.
        if [":%", "d}", "f}", "x}"].contains(where: text.hasBytes) {
            text = Self.numericFormatField.removingMatches(in: text)
        }
        // `pgx.Identifier{table}.Sanitize()`, `pq.QuoteIdentifier(col)`: a quoted identifier, whatever it was given.
        if text.hasBytes("dentifier") || text.hasBytes("quote_") {
            text = Self.withoutCalls(matching: Self.identifierQuoting, in: text)
        }
        var parts = Self.interpolatedText(text)
        var formatted = ""
        var keywords = Set<String>()
        for groups in Self.formatCall.matches(in: text) {
            // `.format(order_by=…)`, `format!("… '{unit}' …", unit = …)`: a keyword names the placeholder, not a
            // value; the value given it is judged instead.
            if let call = groups[0] {
                let arguments = Self.argumentText(call.base[call.endIndex...])
                keywords.formUnion(Self.formatKeyword.matches(in: arguments).compactMap { $0[1].map(String.init) })
                formatted += " " + Self.formatKeyword.removingMatches(in: arguments)
            }
        }
        if !keywords.isEmpty {
            parts = Self.identifiers(in: parts).filter { !keywords.contains($0) }.joined(separator: " ")
        }
        parts += formatted
        for groups in Self.operand.matches(in: text) {
            parts += " " + (groups[1] ?? groups[2] ?? groups[3] ?? "")
        }
        // `"… WHERE " + strings.Join(conds, " AND ")`: a list joined into the string carries its elements, unless it
        // is a list of placeholders.
        if text.hasBytes("oin(") || text.hasBytes("implode(") {
            for groups in Self.joinCall.matches(in: text) {
                guard let call = groups[0] else { continue }
                let list = Self.argumentText(call.base[call.endIndex...])
                if !Self.placeholderList.matches(call.base[call.startIndex...]) { parts += " " + list }
            }
        }
        // `#{dir == "asc" ? "ASC" : "DESC"}`: a test choosing between two literals passes only a literal.
        if parts.hasBytes("?") { parts = Self.literalTernary.removingMatches(in: parts) }
        // `len(args)`, `rows.length`: a number, whatever it counts (`fmt.Sprintf(" AND city = $%d", len(args))`).
        if ["len", "count", "size", "length", "Count"].contains(where: parts.hasBytes) {
            parts = Self.countExpression.removingMatches(in: parts)
        }
        // `SORT_COLUMNS[sort]`: a constant table's entry, whatever key picked it.
        if parts.hasBytes("[") || parts.hasBytes(".get") || parts.hasBytes(".fetch(") {
            parts = Self.withoutConstantTableEntries(parts)
        }
        // `{$wpdb->prefix}`, `$wpdb->posts` (or through a property, `$this->db->prefix`): WordPress's table names, the
        // site's configuration.
        if parts.hasBytes("wpdb->") || parts.hasBytes("->db->") {
            parts = Self.wordPressTable.removingMatches(in: parts)
        }
        // A keyword written with a variable's sigil (`{$where}` in PHP) is a name, not SQL; an object's (`$this->`) is
        // not the value.
        func isVariable(_ name: String) -> Bool { parts.hasBytes("$" + name) && !parts.hasBytes("$" + name + "->") }
        return Self.identifiers(in: parts, skippingCalls: true).filter { name in
            !Self.isConstantName(name) && safeNames[name] == nil && !constantNames.contains(name)
                && (!Self.keywords.contains(name.lowercased()) || builtNames.contains(name)
                    || requestNames.contains(name) || isVariable(name))
        }
    }

    // MARK: Patterns

    /// A choice that gives a value only once it is found in a list or a table:
    /// `%w[asc desc].include?(params[:direction]) ? params[:direction] : "desc"`, `SORTABLE.key?(s) ? s : "placed"`.
    private static let allowListedChoice = LinePattern(
        #"(?:\.(?:include\?|includes|key\?|has_key\?|has|contains|containsKey)|\bin_array|\bin)(?!\w)[^?\n]*\?[^:\n]+:"#
    )
    /// A replacement field formatted as a date or a number: `{day:%Y_%m}`, `{n:04d}`, `{total:,.2f}`.
    private static let numericFormatField = LinePattern(
        #"\{\s*[A-Za-z_][\w.]*\s*:\s*(?:%[A-Za-z](?:[^{}'"%]*%[A-Za-z])*[^{}'"%]*|"#
            + #"[0<>^=+ ]*\d*[,_]?(?:\.\d+)?[dxXobfeEg%])\}"#)
    /// Calls that quote an SQL identifier: `quote_ident(…)`, `quote_name(…)`, `QuoteIdentifier(…)`,
    /// pgx's `Identifier{…}.Sanitize()`.
    private static let identifierQuoting = LinePattern(
        #"\b(?:\w+\.)?(?:quote_ident|quote_name|quoteIdentifier|QuoteIdentifier|Identifier\{[^{}]*\}\.Sanitize)\s*\("#)
    /// A WordPress table name: `$wpdb->prefix`, `$wpdb->base_prefix`, `$wpdb->posts`, `$this->db->prefix` (not a
    /// method call).
    private static let wordPressTable = LinePattern(#"\$(?:this->(?:wpdb|db)|wpdb)->\w+\b(?!\s*\()"#)
    /// `text` less its counts and lengths (``countExpression``): `len(args)` is a number, whatever the list holds.
    private static func withoutNumbers(_ text: some StringProtocol) -> String {
        ["len", "count", "size", "length", "Count", "strconv."].contains(where: text.hasBytes)
            ? countExpression.removingMatches(in: text) : String(text)
    }

    /// A count or a length: `len(args)`, `count($where)`, `strlen($q)`, `rows.length`, `list.size()`, `ids.Count`;
    /// or any number Go writes out (`strconv.Itoa(limit)`: its argument is an int, whatever it was parsed from).
    private static let countExpression = LinePattern(
        #"\b(?:len|count|sizeof|strlen|length)\s*\([^()]*\)|\bstrconv\.(?:Itoa|FormatInt|FormatUint)\([^()]*\)|"#
            + #"\$?\b[A-Za-z_][\w.]*\.(?:length|size\(\)|count\(\)|Count|len\(\))"#
    )
    /// A keyword argument's name: `order_by=` in `.format(order_by=col)`.
    private static let formatKeyword = LinePattern(#"\b(\w+)\s*=(?!=)"#)
    /// `text` less the entries of tables named as constants (`SORT_ORDERS.fetch(params[:sort].to_s, …)`): whatever
    /// key picked one, it is a constant.
    static func withoutConstantTableEntries(_ text: some StringProtocol) -> String {
        constantTableEntry.removingMatches(in: text)
    }

    /// Whether `text` is one entry of a constant table and nothing else: `SORTABLE.fetch(params[:sort], "due")`.
    private static func isConstantTableEntry(_ text: Substring) -> Bool {
        (text.hasBytes("[") || text.hasBytes(".get") || text.hasBytes(".fetch(") || text.hasBytes("Map."))
            && withoutConstantTableEntries(text).allSatisfy { $0.isWhitespace || $0 == ";" }
    }

    /// An entry of a table named as a constant: `SORT_COLUMNS[sort]`, `DIRECTIONS.get(d, "ASC")`, or kept in an
    /// Elixir module attribute, a constant fixed at compile time (``attributeTableEntry``).
    private static let constantTableEntry = LinePattern(
        #"\b[A-Z][A-Z0-9_]+\s*(?:\[[^\[\]]*\]|\.(?:get|fetch|getOrElse|getOrDefault)\([^()]*\))|"#
            + attributeTableEntryPattern)

    /// An entry of a table an Elixir module attribute holds: `Map.fetch!(@trunc_units, granularity)`,
    /// `Keyword.get(@sorts, key, "inserted_at")`.
    private static let attributeTableEntry = LinePattern(attributeTableEntryPattern)
    private static let attributeTableEntryPattern =
        #"\b(?:Map|Keyword)\.(?:fetch!?|get)\(\s*@\w+\s*,(?:[^()]|\([^()]*\))*\)"#

    /// Words every ``requestSource`` match holds, checked before the regular expression runs.
    private static let requestHints = [
        "request", "req.", "params", "$_", "r.URL", "r.Form", "r.Post", "r.Path", "r.Header", "r.Body", "Vars(",
        "c.Param", "c.Query", "c.PostForm", "c.FormValue", "c.DefaultQuery", "c.GetHeader", "URLParam", "ctx.",
        "@Request", "@Path", "@Query", "@Form", "Request", "[From", "web::", "Query(", "Path(", "Form(", "Json(",
        "event[", "event.", "event?.", "argv", "input()", "parameter(", "parameters(", "queryParameters", "formField",
        "HeaderValueByName",
        "call.parameters", "call.receive", "conn.params", "conn,", "_params", "extractUnmatchedPath", "extractUri",
        "Remaining", "Segment", "c.Bind", "c.ShouldBind", "c.MustBind", "c.BodyParser", "@Body", "@Param", "@Headers",
        "Dto", "DTO", "Request ", "#[Map",
    ]

    /// A `switch` arm's label that may stand before an assignment on its line: `case .newest:`, `case "name":`,
    /// `default:`.
    private static let switchArmLabel = #"(?:(?:case\b[^:\n]*|default)\s*:\s*)?"#

    /// A tuple assigned element by element, as one name per value: Swift's `(column, direction) = ("occurred_at",
    /// "DESC")` (also as a `switch` arm's body), Python's and Go's `column, direction = "occurred_at", "DESC"`; one
    /// value given to all the names (`rows, err := db.Query(…)`). Nil when the values are neither one nor as many as
    /// the names.
    private static func tupleAssignment(_ statement: Substring) -> [(String, Substring)]? {
        guard let groups = tupleTarget.firstMatch(in: statement), let names = groups[1], var value = groups[2] else {
            return nil
        }
        value = value.trimmingSuffixWhitespace
        if value.last == ";" { value = value.dropLast().trimmingSuffixWhitespace }
        if value.first == "(", value.last == ")" {
            let inside = argumentText(value.dropFirst())
            if inside.endIndex == value.index(before: value.endIndex) { value = inside }
        }
        let targets = names.split(separator: ",").map { String($0.trimmingCharacters(in: .whitespaces)) }
        let values = arguments(in: value)
        // One value for all (`order_by, direction = _ordering(request)`): each name holds what it gives.
        if values.count == 1 { return targets.map { ($0, values[0]) } }
        guard values.count == targets.count else { return nil }
        return Array(zip(targets, values))
    }

    /// Go's `if` with an initialiser (group 1 the statement before the condition): `if v, ok := m[k]; ok {`.
    private static let goIfInitialiser = LinePattern(#"^\s*(?:\}\s*else\s+)?if\s+([^;{\n]*:=[^;{\n]*);"#)

    /// The target of a tuple assignment (group 1 its names, parenthesised or not) and what is assigned (group 2).
    private static let tupleTarget = LinePattern(
        #"^\s*"# + switchArmLabel + #"(?:(?:let|var|val|const)\s+)?\(?\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*\)?"#
            + #"\s*(?::\s*\([^)\n]*\))?\s*(?::=|=(?![=~>]))\s*([\s\S]+)$"#)

    /// A name declared with a type (the name, the type without `?`): `let size: PreviewSize`, `val limit: Int = …`,
    /// `let mut n: u32 = …`, Java's and C#'s `PreviewSize size = …`.
    private static func typedDeclaration(_ line: Substring) -> (String, Substring)? {
        if line.hasBytes(":"), let groups = annotatedDeclaration.firstMatch(in: line), let name = groups[1],
            let type = groups[2]
        {
            return (String(name), type)
        }
        if let groups = typeFirstDeclaration.firstMatch(in: line), let type = groups[1], let name = groups[2] {
            return (String(name), type)
        }
        return nil
    }

    /// A parameter and its type (group 1 the name, group 2 the type): `sort: TicketSort = .newest`, `size: Size?`.
    private static let typedParameter = LinePattern(#"([a-z_]\w*)\s*:\s*([A-Za-z_]\w*)\??\s*(?=[=,)])"#)
    /// A parameter after its type (group 1 the type, group 2 the name): `GroupBy groupBy`, `final Sort sort`.
    private static let typeFirstParameter = LinePattern(
        #"[(,]\s*(?:final\s+)?([A-Za-z_]\w*)\??\s+([a-z_]\w*)\s*(?=[,)])"#)

    private static let annotatedDeclaration = LinePattern(
        #"^\s*(?:(?:if|guard)\s+)?(?:let|var|val)\s+(?:mut\s+)?([a-z_]\w*)\s*:\s*([A-Za-z_]\w*)\??\s*(?:=|$)"#)
    private static let typeFirstDeclaration = LinePattern(
        #"^\s*(?:final\s+)?([A-Z]\w*)\??\s+([a-z_]\w*)\s*(?:=(?!=)|;)"#)

    /// The fields `statements` declare only of one of `closedTypes` (``closedFields``).
    private static func closedFields(of closedTypes: Set<Substring>, declaredIn statements: [Substring]) -> Set<String>
    {
        guard !closedTypes.isEmpty else { return [] }
        var closed = Set<String>()
        var open = Set<String>()
        for statement in statements where statement.hasBytes(":") {
            guard let groups = fieldDeclaration.firstMatch(in: statement), let name = groups[1], let type = groups[2]
            else { continue }
            if closedTypes.contains(type) { closed.insert(String(name)) } else { open.insert(String(name)) }
        }
        return closed.subtracting(open)
    }

    /// Whether `value` reads one of ``closedFields`` off a name, through calls that keep it what it is
    /// (`params.w.unwrap_or(DEFAULT_WIDTH).clamp(MIN_WIDTH, MAX_WIDTH)`).
    private func readsClosedField(_ value: Substring) -> Bool {
        guard !closedFields.isEmpty, let field = Self.fieldRead.firstMatch(in: value, capture: 1) else { return false }
        return closedFields.contains(String(field))
    }

    /// A field declared with its type: `w: Option<u32>,`, `pub page: u32`, `val size: Int?`, `let limit: Int`
    /// (group 1 the field, group 2 the type).
    private static let fieldDeclaration = LinePattern(
        #"^\s*(?:pub(?:\([\w:]+\))?\s+)?(?:(?:let|var|val)\s+)?([a-z_]\w*)\s*:\s*(?:Option<|Optional<)?"#
            + #"([A-Za-z_]\w*)>?\??\s*,?\s*$"#)
    /// A field read off a name, then calls (group 1 the field): `params.w.unwrap_or(320).clamp(64, 1280);`.
    private static let fieldRead = LinePattern(
        #"^\s*[a-z_]\w*\??\.([a-z_]\w*)(?:\??\.\w+\([^()]*\))*\s*;?\s*$"#)

    /// The ``closedTypes`` of a file of `kind` whose statements are `statements`.
    private static func closedTypes(of kind: ReviewedFile.Kind, declaredIn statements: [Substring]) -> Set<Substring> {
        guard [.java, .csharp, .rust, .swift].contains(kind) else { return [] }
        let enums = statements.lazy.filter { $0.hasBytes("enum") }.compactMap { enumDeclaration.firstMatch(in: $0)?[1] }
        return numberTypes.union(enums)
    }

    /// A parse that gives its result out (group 1 the type parsing, group 2 the arguments before, group 3 the name):
    /// `Uri.TryCreate(raw, UriKind.Absolute, out var target)`, `int.TryParse(s, out int n)`.
    private static let outArgument = LinePattern(
        #"\b(\w+)\.Try(?:Create|Parse)\w*\s*\(([^;]*?)\bout\s+(?:var|[\w.<>?]+)\s+([a-z_]\w*)"#)
    private static let enumDeclaration = LinePattern(#"\benum\s+(?:class\s+)?([A-Z]\w*)"#)
    private static let numberTypes: Set<Substring> = [
        "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "Double", "Float",
        "Bool", "Boolean", "Long", "Short", "Byte", "UUID", "Uuid", "Guid", "Decimal", "int", "long", "short",
        "double", "float", "boolean", "bool", "decimal", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64",
        "usize", "isize", "f32", "f64", "DateTime", "DateTimeOffset", "TimeSpan", "Enum",
    ]

    /// `name = value`, `let name = …`, `String name = …`, `$name .= …`, `name := …`, `name, ok := …`, `name += …`,
    /// Swift's `guard let name = …`.
    private static let assignment = LinePattern(
        #"^\s*(?:(?:guard|if|while)\s+(?=let\s|var\s))?"# + switchArmLabel
            + #"(?:(?:let|var|const|val|my|auto|final|private|public|protected|static|readonly|mut|def|local)\s+)*"#
            + #"(?:[\w<>\[\]?]+\s+)?[@$]?(?:self\.|this\.|@)?([A-Za-z_]\w*)(?:\s*,\s*[A-Za-z_]\w*)*\s*(?::\s*[\w<>\[\]?&.]+\s*)?"#
            + #"(:=|\+=|\.=|<<|=(?![=~>]))\s*([\s\S]+)$"#)
    /// Where frameworks take input: query, form, body, path, headers, cookies and files of a request (Oak's
    /// `ctx.request.url.searchParams`, Hono's `c.req.query(…)`, Symfony's `$request->toArray()` among them).
    static let requestSource = LinePattern(
        #"\brequest\.(args|form|values|json|data|files|cookies|headers|GET|POST|FILES|COOKIES|body|query_params|"#
            + #"path_params|match_info|query|params|get_json|getParameter|getHeader|getQueryString|getInputStream|"#
            + #"getReader|getPathInfo|input|get|post|file|nextUrl)\b|\breq\.(query|params|body|headers|cookies|files|"#
            + #"file|"#
            + #"param|get|header|parameters|content|nextUrl)\b|\bnew\s+URL\(\s*(?:req|request)\.url\b|\bctx\.(query|"#
            + #"params|request\.body|request\.query|request\.url\.searchParams|req\.)|"#
            + #"\bc\.req\.(?:query|queries|param|json|parseBody|formData|header|text)\(|\br\.URL\.(Query|Path|"#
            + #"RawQuery)|\br\.(FormValue|PostFormValue|Form|PostForm|PathValue|Header\.Get|Body)\b|\bmux\.Vars\(|"#
            + #"\bc\.(Param|Query|PostForm|FormValue|DefaultQuery|GetHeader|Params|QueryParam|QueryParams|FormParams)\(|"#
            + #"\bchi\.URLParam\(|"#
            + #"@(RequestParam|PathVariable|RequestBody|RequestHeader|QueryParam|PathParam|FormParam)\b|"#
            + #"\bparams\[|\bparams\.(fetch|require|permit|dig)\b|\$_(GET|POST|REQUEST|COOKIE|FILES|SERVER)\b|"#
            + #"\$request->(input|get|query|post|file|route|all|toArray|getPayload|getContent)\(|"#
            + #"\bRequest::(input|get|query)\(|"#
            + #"\$request->(query|request|attributes|headers|cookies|files)->(get|all)\(|"#
            + #"(?:\$request|\brequest\(\))->(validate|validated|safe)\(|\brequest\(\)->(input|query|get|all)\(|"#
            + #"\bRequest\.(Query|Form|Headers|RouteValues|Cookies|Body)\b|\[From(Query|Route|Body|Form|Header)\]|"#
            + #"\bweb::(Query|Path|Form|Json)<|\b(Query|Path|Form|Json)\([a-z_]\w*\)\s*:|\breq\.match_info\(|"#
            + #"\bevent\[["'](body|queryStringParameters|pathParameters)|"#
            + #"\bevent\??\.(body|queryStringParameters|pathParameters|multiValueQueryStringParameters)\b|"#
            + #"\bevent\.get\(\s*["'](body|queryStringParameters|pathParameters)|"#
            + #"\bsys\.argv\b|\binput\(\)|"#
            + #"\bcall\.(parameters|receiveParameters|receiveText|receive)\b|"#
            + #"\b(request|req)(\.uri)?\.queryParameters\b|\brequest\.decode\(\s*as:|"#
            + #"\bconn\.(params|query_params|body_params|path_params)\b"#)
    /// Handler parameters a framework binds from the request: axum and actix extractors (`Path(theme): Path<String>`,
    /// `Query(q): Query<AssetQuery>`, or renamed on import: `UrlPath(rel): UrlPath<String>`), Spring's and JAX-RS's
    /// annotations (`@RequestBody ImportRequest request`), Kotlin's (`@RequestParam file: String`), ASP.NET's
    /// attributes (`[FromQuery] string name`), and akka-http's and Pekko's directives (`parameter("url") { url =>`,
    /// `extractUnmatchedPath { rest =>`, `path("files" / Remaining) { name =>`), and an extractor kept whole (`form:
    /// web::Form<LoginForm>`). Numeric and UUID parameters (`Path(id): Path<Uuid>`, `@PathVariable long id`) carry no
    /// text worth a sink.
    private static let boundParameters = LinePattern(
        #"\b\w*(?:Path|Query|Form|Json)\(\s*([a-z_]\w*)\s*\)\s*:(?=\s*(?:\w+::)*\w*(?:Path|Query|Form|Json)<)"#
            + #"(?!\s*(?:\w+::)*\w*(?:Path|Query|Form|Json)<\s*"#
            + #"(?:(?:uuid::)?Uuid|[iu](?:8|16|32|64|128|size)|f32|f64|bool)\s*>)|"#
            + #"@(?:RequestParam|PathVariable|RequestBody|RequestHeader|QueryParam|PathParam|FormParam|CookieValue)\b"#
            + #"(?:\([^)]*\))?\s+(?:final\s+)?(?!(?:long|Long|int|Integer|UUID|boolean|Boolean)\b)[\w.<>?\[\]]+\s+"#
            + #"([a-z_]\w*)\s*[,)]|\[From(?:Query|Route|Body|Form|Header)[^\]]*\]\s*"#
            + #"(?!(?:long|int|Guid|bool)\b)[\w.<>?]+\s+([a-z_]\w*)|"#
            + #"(?:\b(?:parameters?|formFields?|(?:optional)?[hH]eaderValueByName|cookie)\s*\(\s*["'][^)]*\)\s*\)?|"#
            + #"\bextract(?:UnmatchedPath|Uri)\b|\bpath(?:Prefix)?\s*\([^{]*\b(?:Remaining|RemainingPath|Segment)\b"#
            + #"[^{]*\))\s*\{\s*\(?\s*([a-z_]\w*)\s*[,)=]|"#
            + #"@(?:RequestParam|PathVariable|RequestBody|RequestHeader|QueryParam|PathParam|FormParam|CookieValue)\b"#
            + #"(?:\([^)]*\))?\s+(?:va[lr]\s+)?([a-z_]\w*)\s*:\s*(?!(?:Long|Int|UUID|Boolean|Double|Short)\b)|"#
            // An extractor kept whole: actix's `form: web::Form<LoginForm>`, axum's `query: Query<Params>`.
            + #"\b([a-z_]\w*)\s*:\s*(?:\w+::)*(?:Path|Query|Form|Json)<(?!\s*(?:(?:uuid::)?Uuid|[iu](?:8|16|32|64|128|"#
            + #"size)|f32|f64|bool)\s*>)|"#
            // http4s's body decoded into a lambda's parameter or a for-comprehension's name: `req.as[Import].flatMap {
            // body =>`, `req.decode[Import] { body =>`, `body <- req.as[Import]`.
            + #"\breq(?:uest)?\.(?:as|decode|decodeJson|attemptAs)\[[^\]]+\](?:\s*\.\s*(?:flatMap|map))?\s*\{\s*"#
            + #"\(?\s*([a-z_]\w*)\s*(?:=>|:)|\b([a-z_]\w*)\s*<-\s*(?:\w+\.)?req(?:uest)?\.(?:as|decodeJson)\[|"#
            // Symfony's attributes on a controller's parameters: `#[MapQueryParameter] string $size`.
            + #"#\[Map(?:QueryParameter|QueryString|RequestPayload)\b[^\]]*\]\s*(?:\??[\w\\]+\s+)?\$(\w+)"#,
        holdingOneOf: [
            "Path", "Query", "Form", "Json", "@", "[From", "parameter", "formField", "eaderValueByName", "cookie",
            "extract", "path", ".as[", ".decode[", ".decodeJson[", ".attemptAs[", "#[Map",
        ])
    /// A Phoenix controller action's second parameter, the request's params (group 1): `def show(conn, params) do`,
    /// `def create(conn, %{"quote" => quote_params})`, `def update(conn, %{"id" => id} = params) do`.
    private static let phoenixAction = LinePattern(#"^\s*def\s+\w+\(\s*conn\s*,\s*(.+?)\)\s*(?:do\b|,\s*do:)"#)
    /// A `match` opening its arms: Scala's `value match {` (group 1), Rust's `match value {` (group 2).
    private static let matchOpening = LinePattern(
        #"^\s*(?:val\s+\w+\s*=\s*)?(.+?)\s+match\s*\{\s*$|^\s*(?:let\s+\w+\s*=\s*)?match\s+(.+?)\s*\{\s*$"#)
    /// An arm of a `match`: its pattern (group 1) before an optional guard and `=>`.
    private static let matchArm = LinePattern(#"^\s*(?:case\s+)?(.+?)\s*(?:\bif\b.*)?=>"#)
    /// A variable a pattern binds (group 1): a bare name, a map value after `=>`, or the name after a trailing `=`.
    private static let patternVariable = LinePattern(#"(?:=>\s*|^\s*|=\s*)([a-z_]\w*)\s*(?=,|\}|$|=)"#)
    /// A parameter that holds what a client sent: NestJS's `@Body() dto: CreateDto`, `@Query('q') q: string`,
    /// `@Param('id') id`, and a parameter typed as a request DTO wherever it stands (`dto: TestDeliveryDto`,
    /// `CreateUserDto body`, a minimal API's `TestPingRequest req`), the convention for a request body's type; not
    /// the framework's own request object (`HttpRequest`, `HttpServletRequest`) (group 1, 2 or 3 the name).
    private static let requestObjectParameters = LinePattern(
        #"@(?:Body|Query|Param|Headers)\([^)]*\)\s+([a-z_]\w*)\s*[:,)]|"#
            + #"\b([a-z_]\w*)\s*\??:\s*[A-Z]\w*(?:Dto|DTO)\b(?!\s*[.(])|"#
            + #"\b(?!Http|Servlet|Server|Web|Rest|Client)[A-Z]\w*(?:Dto|DTO|Request)\s+([a-z_]\w*)\s*[,)=]"#,
        holdingOneOf: ["@", "Dto", "DTO", "Request"])
    /// axum's and actix's tuple extractors: `Path((ticket_id, name)): Path<(i64, String)>` binds each name to the type
    /// at its place (group 1 the names, group 2 the types).
    private static let tupleExtractor = LinePattern(
        #"\b(?:Path|Query|Form)\(\s*\(([^()]*)\)\s*\)\s*:\s*(?:web::)?(?:Path|Query|Form)<\s*\(([^()<>]*)\)\s*>"#)

    /// The names a tuple extractor (``tupleExtractor``) binds to text: not those of a number or UUID type.
    private static func tupleExtractorNames(in line: Substring) -> [String] {
        guard line.hasBytes("((") else { return [] }
        return tupleExtractor.matches(in: line).flatMap { groups -> [String] in
            guard let names = groups[1], let types = groups[2] else { return [] }
            let typeList = types.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return zip(names.split(separator: ","), typeList).compactMap { name, type in
                let name = name.trimmingCharacters(in: .whitespaces)
                return numericTypes.contains(type) || name.isEmpty || name.hasPrefix("_") ? nil : name
            }
        }
    }

    /// Types that carry no text: Rust's integers, floats, `bool` and `Uuid`.
    private static let numericTypes: Set<String> = [
        "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64", "bool",
        "Uuid", "uuid::Uuid",
    ]

    /// A request decoded into a variable: Go's `json.NewDecoder(r.Body).Decode(&in)` and `json.Unmarshal(body, &in)`
    /// (group 1; input when the statement reads the request), gin's, echo's and fiber's `c.ShouldBindJSON(&in)`,
    /// `c.Bind(&in)`, `c.BodyParser(&in)` (group 2).
    private static let decodedInto = LinePattern(
        #"\.(?:Decode|Unmarshal)\([^&]*&([a-z_]\w*)\s*\)|"#
            + #"\bc\.(?:(?:Should|Must)?Bind\w*|BodyParser)\(\s*&([a-z_]\w*)\s*\)"#)
    /// A Python route decorator (FastAPI's and Flask's `@router.post(`, `@app.get(`, `@bp.route(`): the parameters
    /// of the function it decorates are the request's (query, path and body, a pydantic model's fields included).
    private static let routeDecorator = LinePattern(
        #"^\s*@\w+(\.\w+)*\.(get|post|put|patch|delete|route|api_route|websocket)\s*\("#)
    /// Parameter types a framework injects rather than reads from the request, and the types it converts a request
    /// value to that cannot carry a path, a URL or SQL (`int`, `UUID`, `datetime`).
    private static let untaintedTypes = LinePattern(
        #"^\s*(Optional\[\s*)?(Request|Response|BackgroundTasks|WebSocket|(Async)?Session|HTTPConnection|int|float|"#
            + #"bool|(uuid\.)?UUID|(datetime\.)?(datetime|date)|Decimal)\b"#)

    /// A parameter declared a number or a UUID (`id: int`, `id: Uuid`, `@PathVariable long id`, `Guid id`,
    /// `Path(id): Path<i64>`): the framework converts the route's text before the handler sees it.
    private static let numericParameter = LinePattern(
        #"\b([a-z_]\w*)\s*:\s*(?:(?:uuid::|uuid\.)?(?:Uuid|UUID)|[iu](?:8|16|32|64|128|size)|int|float|Int|Long|"#
            + #"Short|Double)\b(?!\s*[<\[.])|\b(?:long|Long|int|Integer|short|UUID|Guid)\s+([a-z_]\w*)\s*[,)=]|"#
            + #"\b(?:Path|Query)\(\s*([a-z_]\w*)\s*\)\s*:\s*(?:web::)?(?:Path|Query)<\s*(?:(?:uuid::)?Uuid|"#
            + #"[iu](?:8|16|32|64|128|size))\s*>"#)

    /// The names `lines` declare as numeric or UUID parameters (``numericParameter``): a route naming one (`/:id`,
    /// `{id}`) passes no text.
    private static func numericParameters(in lines: [ChangedFile.Line]) -> Set<Substring> {
        Set(lines.flatMap { line in numericParameter.matches(in: line.text).compactMap { $0[1] ?? $0[2] ?? $0[3] } })
    }

    /// The parameters of the handler `def` in `statement` that the request fills: all but `self`, dependencies
    /// (`= Depends(…)`, `Security(…)`) and those of a type that injects or converts (``untaintedTypes``).
    static func handlerParameters(_ statement: Substring) -> [String] {
        guard let open = statement.firstIndex(of: "(") else { return [] }
        return names(of: arguments(in: argumentText(statement[statement.index(after: open)...])))
    }

    private static func names(of parameters: [Substring]) -> [String] {
        parameters.compactMap { parameter in
            let name = parameter.drop { $0.isWhitespace || $0 == "*" }
                .prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            guard !name.isEmpty, name != "self", name != "cls", !parameter.hasBytes("Depends("),
                !parameter.hasBytes("Security(")
            else { return nil }
            let annotation = parameter.drop { $0 != ":" }.dropFirst()
            return untaintedTypes.matches(annotation) ? nil : String(name)
        }
    }

    /// Parameters named in a route's path: `<name>`, `<path:name>`, `:name`, `{name}`, ASP.NET's catch-all `{*name}`.
    /// A number or UUID converter (`<int:id>`, `{id:int}`, `{id:[0-9]+}`) takes no path, so its parameter is not one.
    private static let routeParameters = LinePattern(
        #"(?:route|get|post|put|delete|patch|Get|Post|Put|Delete|Mapping|HandleFunc|Handle)\s*\(\s*["'][^"']*"#
            + #"(?:<(?!(?:int|float|uuid):)(?:\w+:)?(\w+)>|/:(\w+)|"#
            + #"\{\*{0,2}(\w+)(?!:(?:int|long|float|guid|uuid|\[0-9\]\+|\\d\+)\})(?::[^}]*)?\})"#)
    /// A lookup of a stored record (`Hook.query.get_or_404(id)`, `Order.objects.get(pk=…)`,
    /// `get_object_or_404(…)`, `User.findById(…)`, `prisma.user.findUnique(…)`, `repo.findById(…)`, `Post::find(…)`,
    /// `db.First(&u, id)`): what it returns is the server's data, whatever request value picked it. aiohttp's
    /// `request.query.get("url")` reads the request.
    private static let recordLookup = LinePattern(
        #"^\s*(?:await\s+)?(?!(?:request|req)\.)(?:\w+(?:\.|::|->))*(?:objects|query|repo\w*|\w*Repository|\w*Repo|"#
            + #"prisma\.\w+|session|"#
            + #"\w+Dao|dao)\.(?:get|get_or_404|first_or_404|one_or_404|filter_by|filter|find\w*|first|one|get_by\w*)\s*\(|"#
            + #"^\s*(?:await\s+)?(?:get_object_or_404|get_list_or_404)\s*\(|"#
            + #"^\s*(?:await\s+)?[A-Z]\w*(?:\.|::)(?:find|findOrFail|findById|findOne|findByPk|find_by|find_by!|"#
            + #"firstOrFail|where)\s*\("#,
        holdingOneOf: [
            ".get", ".first", ".one", ".filter", ".find", "::find", "::first", ".where", "::where", "get_object_or_404",
            "get_list_or_404",
        ])

    /// A route parameter the route converts to a number or a UUID: Flask's `<int:id>`, Starlette's `{id:int}`.
    private static let convertedRouteParameters = LinePattern(
        #"<(?:int|float|uuid):(\w+)>|\{(\w+):(?:int|float|uuid)\}"#)

    /// The operand of a concatenation next to a literal (group 1 after it, 2 before it, 3 a PHP variable before `.`).
    /// Python's `'…' % name` has a space by its `%`, so a format that opens with a specifier (`'%s -'`) is not one.
    private static let operand = LinePattern(
        #"["'`]\s*(?:\+\+|\+|<>|(?<=\s)%|%(?=\s)|\.(?=\s*\$))\s*\(?\s*([@$]?[A-Za-z_][\w.]*)|"#
            + #"([@$]?[A-Za-z_][\w.]*(?:\[[^\]]*\])?\)?)\s*(?:\+\+|\+|<>)\s*["'`]|"#
            + #"(\$[A-Za-z_]\w*(?:\[[^\]]*\])?)\s*\.\s*["'`]"#)
    /// A test of one value choosing between two string literals: `dir == "asc" ? "ASC" : "DESC"`, `desc ? "DESC" :
    /// "ASC"`.
    private static let literalTernary = LinePattern(
        #"[!@$]?[A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\s*(?:===?|!==?|<=?|>=?)\s*(?:"[^"]*"|'[^']*'|[\w.:]+))?\s*\?\s*"#
            + #"(?:"[^"$#{}]*"|'[^'$#{}]*')\s*:\s*(?:"[^"$#{}]*"|'[^'$#{}]*')"#)
    /// A call that joins a list into a string, up to its opening bracket.
    private static let joinCall = LinePattern(#"\b(?:strings\.Join|String\.join|implode|join)\s*\("#)
    /// A formatting call, up to its opening bracket: its arguments are the names it builds from.
    private static let formatCall = LinePattern(#"(?:\.format|Sprintf|String\.format|format!|\.formatted)\s*\("#)

    /// String building: interpolation, formatting, or concatenation next to a literal.
    private static let interpolation = LinePattern(
        #"\b[fF][rR]?["']|`[^`]*\$\{|#\{|"[^"]*\$[A-Za-z_{]|\$@?"|\bformat!\s*\(|Sprintf\s*\(|String\.format\s*\(|"#
            + #"\.formatted\s*\(|\.format\s*\(|["'](?:\s+%\s*|%\s+)[\w(]|["'`]\s*\+\s*[\w$(]|[\w$)\]]\s*\+\s*["'`]|"#
            + #"["']\s*\.\s*\$|\$\w+\s*\.\s*["']|\bconcat\s*\(|<<\s*["\w]|"[^"]*\\\(|["']\s*(<>|\+\+)\s*[\w(]|"#
            + #"[\w)\]]\s*(<>|\+\+)\s*["']"#)
    /// SQL: a statement or a clause (`WHERE`, `ORDER BY`) in the text, its `FROM` perhaps in the next literal and its
    /// columns perhaps qualified (`WHERE o.customer_id = ?`).
    static let sql = LinePattern(
        #"(?i)\b(select\s[\s\S]*?[\s"'`]from\b|insert\s+into\b|update\s+[\w."`]+\s+set\b|delete\s+from\b|"#
            + #"where\s+[\w.]+\s*(=|like|in\b|<|>)|order\s+by\b|group\s+by\b|drop\s+table\b|union\s+select\b)|"#
            // A condition appended to a WHERE clause built elsewhere: ` AND v.depot_code IN (…)`,
            // ` OR ref LIKE '…'`, ` and (lower(t.subject) like '…'`.
            + #"\s(and|or)\s+\(?\s*(?:\w+\()?[\w."`]+\)?\s*"#
            + #"(=|<>|!=|<=|>=|<|>|(not\s+)?(like|ilike|in)\s*\(?['"(:@$?%{]|between\b)"#)
    /// Calls that make input safe for a path or a shell (a number or a UUID parsed from it, among them): reassigning
    /// through them clears a name's taint. WordPress's `sanitize_text_field` is not one: it strips tags and keeps
    /// `../` and quotes.
    static let sanitizer = LinePattern(
        #"\b(secure_filename|safe_join|basename|enclosed_name|file_name|Base|GetFileName|getFileName|shlex\.quote|"#
            + #"quote|quote_name|quote_ident|quoteIdentifier|QuoteIdentifier|escapeshellarg|"#
            + #"escapeshellcmd|Shellwords\.escape|shellescape|escape|sanitize(?!_text(?:area)?_field)\w*|"#
            + #"int|Int|parseInt|parseFloat|float|"#
            + #"Float|Number|Atoi|"#
            + #"ParseInt|ParseUint|ParseFloat|parseLong|to_i|intval|UUID|uuid\.UUID|uuid\.(?:Must)?Parse|"#
            + #"UUID\.fromString|Guid\.(?:Try)?Parse|Uuid::(?:parse_str|try_parse)|validate\w*|clean_filename)\s*\("#,
        holdingOneOf: [
            "file", "safe_join", "basename", "enclosed_name", "Base", "FileName", "quote", "Quote", "escape",
            "sanitize",
            "int", "Int", "float", "Float", "Number", "Atoi", "Uint", "Long", "to_i", "UUID", "uuid.", "Guid", "Uuid",
            "validate",
        ])
    /// A list of placeholders: `", ".join(["%s"] * n)`, `ids.map(() => "?").join(",")`, `strings.Repeat("?,", n)`, a
    /// numbered one made one by one (`ph[i] = "$" + strconv.Itoa(len(args))`, `fmt.Sprintf("$%d", i)`, `` `$${i}` ``);
    /// not one formatted at once (`", ".join("'%s'" % r for r in regions)` quotes values into the text).
    private static let placeholderList = LinePattern(
        #"(?:["'](\?|%s|\$\d|:\w+)["']\s*\]?\s*\*|Repeat\(\s*["']\?|=>\s*["'](\?|\$\d)["']|"#
            + #"join\([^)]*["'](\?|%s)["'](?!["']?\s*%[^%])|["'](\?|%s),?\s*["']\s*\*|"#
            + #"["'](\$|@p|:p)["']\s*\+\s*(?:strconv\.Itoa\(|String\(|str\(|\(?\s*[\w.]+\s*[+)])|"#
            + #"Sprintf\(\s*["'](\$|@p)%d["']|`\$\$\{)"#)
    /// A loop over a list of string literals binds a constant: `for (const name of ["a", "b"])`, `for name in ("a",
    /// "b"):`, `for _, name := range []string{"a", "b"}`, `for (name in listOf("a", "b"))`.
    /// The names a loop binds to the elements (and keys) of what it iterates, and that iterable: `foreach ($x as $k
    /// => $v)`, `for k, v in x.items():`, `for _, v := range x {`, `for (const [k, v] of Object.entries(x))`,
    /// `for (String v : x)`, `foreach (var v in x)`, `for v in x {`, `x.each do |k, v|`.
    private static func loopBinding(in line: Substring) -> ([String], Substring)? {
        // Every shape but the block's (`.each do |x|`) needs a `for`; the block's needs a `|`.
        guard line.hasBytes("for") || (line.hasBytes("each") || line.hasBytes("map")) && line.hasBytes("|") else {
            return nil
        }
        for shape in loops {
            guard let groups = shape.pattern.firstMatch(in: line), let iterable = groups[shape.iterable] else {
                continue
            }
            var names = shape.names.compactMap { groups[$0].map(String.init) }.filter { !$0.isEmpty && $0 != "_" }
            // A position is a number, not request text: Go's `for i, p := range parts` (or `for i := range parts`),
            // Python's `enumerate(…)`, Ruby's `each_with_index`.
            if shape.countsPositions,
                line.hasBytes("range") || line.hasBytes("enumerate(") || line.hasBytes("with_index")
            {
                names = line.hasBytes("with_index") ? Array(names.prefix(1)) : names.count > 1 ? [names[1]] : []
            }
            return (names, iterable)
        }
        return nil
    }

    /// One language's loop: its pattern, the group holding the iterable, and the groups holding the names it binds.
    private struct LoopShape {
        let pattern: LinePattern
        let iterable: Int
        let names: [Int]
        /// Whether one of its names may be a position in a list rather than an element.
        var countsPositions = false
    }

    private static let loops = [
        LoopShape(
            pattern: LinePattern(#"\bforeach\s*\(\s*(\$[^)]+?)\s+as\s+(?:\$(\w+)\s*=>\s*)?&?\$(\w+)\s*\)"#),
            iterable: 1, names: [2, 3]),
        LoopShape(
            pattern: LinePattern(
                #"^\s*(?:async\s+)?for\s+\(?(\w+)(?:\s*,\s*(\w+))?\)?\s+in\s+(?:enumerate\()?(.+?)\)?"#
                    + #"(?:\.items\(\)|\.values\(\))?\s*:\s*$"#),
            iterable: 3, names: [1, 2], countsPositions: true),
        LoopShape(
            pattern: LinePattern(#"\bfor\s+(\w+)(?:\s*,\s*(\w+))?\s*:=\s*range\s+(.+?)\s*\{"#), iterable: 3,
            names: [1, 2], countsPositions: true),
        LoopShape(
            pattern: LinePattern(
                #"\bfor\s*\(\s*(?:const|let|var)\s+(?:\[\s*(\w*)\s*,\s*(\w+)\s*\]|(\w+))\s+of\s+"#
                    + #"(?:Object\.(?:entries|values)\()?(.+?)\)?\s*\)\s*\{?\s*$"#),
            iterable: 4, names: [1, 2, 3]),
        LoopShape(
            pattern: LinePattern(
                #"\bfor(?:each)?\s*\(?\s*(?:final\s+|val\s+|var\s+|mut\s+)?(?:[\w<>\[\],.?]+\s+)?(\w+)\s*"#
                    + #"(?::|\bin\b)\s*(.+?)\)?\s*\{?\s*$"#),
            iterable: 2, names: [1]),
        LoopShape(
            pattern: LinePattern(
                #"(\S+?)\.(?:each|each_pair|each_with_index|each_value|map|flat_map)\s*(?:do\s*|\{\s*)\|\s*(\w+)"#
                    + #"(?:\s*,\s*(\w+))?\s*\|"#),
            iterable: 1, names: [2, 3], countsPositions: true),
    ]

    private static let literalLoop = LinePattern(
        #"\bfor\s*\(?\s*(?:const\s+|let\s+|var\s+|final\s+)?(?:[A-Za-z_]\w*\s*,\s*)?([A-Za-z_]\w*)\s*"#
            + #"(?:\bof\b|\bin\b|:=\s*range)\s*(?:\[\]string\s*\{|(?:listOf|setOf|arrayOf)\(|[\[(])\s*"#
            + #"(?:"[^"]*"|'[^']*')(?:\s*,\s*(?:"[^"]*"|'[^']*'))*\s*,?\s*[\])}]"#)
    /// A choice between two string literals: `desc ? "DESC" : "ASC"`, `"DESC" if desc else "ASC"`,
    /// `if (desc) "DESC" else "ASC"`. Whichever it picks is a constant.
    private static let literalChoice = LinePattern(
        #"^[^?]*(\?\s*("[^"$#{}]*"|'[^'$#{}]*')\s*:\s*("[^"$#{}]*"|'[^'$#{}]*')|"#
            + #"\bif\s*\([^"'`]*\)\s*("[^"$#{}]*"|'[^'$#{}]*')\s*else\s*("[^"$#{}]*"|'[^'$#{}]*'))\s*;?\s*$|"#
            + #"^\s*("[^"{}]*"|'[^'{}]*')\s+if\s+.+?\s+else\s+("[^"{}]*"|'[^'{}]*')\s*$"#,
        holdingOneOf: ["?", "if"])
    /// A string literal first in an argument list, interpolating nothing: a `$` before a digit or `%` is a
    /// placeholder (`"i.customer_id = $%d"`, `$1`), not a name.
    private static let leadingLiteral = LinePattern(
        #"^[rbuf]?("(?:[^"{}$#]|\$(?![A-Za-z_{])|#(?!\{))*"|'(?:[^'{}$#]|\$(?![A-Za-z_{])|#(?!\{))*'|`[^`$]*`)\s*[,)]"#)
    /// A root name (group 1; group 2 the bracket when it is called): not a member (`.name`, PHP's `->name` and
    /// `::name`), except a PHP variable joined by `.` (`$dir.'/'.$file`); or a method of the object itself called
    /// (`$this->exportOrder(…)`, `self.build(…)`: group 3, group 4 the bracket), which the file defines by that name.
    private static let identifier = LinePattern(
        #"(?:(?<![\w.$])(?<!->)(?<!::)@?|(?<![\w$])\$)([A-Za-z_]\w*)(\s*\()?|"#
            + #"(?<=\$this->|\bthis\.|\bself\.|\bself::|\bstatic::)([A-Za-z_]\w*)(\s*\()"#)

    private static let keywords: Set<String> = [
        "self", "this", "true", "false", "nil", "null", "none", "and", "or", "not", "in", "is", "new", "return",
        "await",
        "select", "from", "where", "insert", "into", "update", "set", "delete", "values", "order", "by", "limit", "and",
        "string", "str", "int", "len", "fmt", "strings", "sql", "format", "as", "on",
    ]

    /// `const { a, b: c, d = 1 } = value` (JavaScript): the names in group 1, the value in group 2.
    private static let destructuring = LinePattern(#"^\s*(?:const|let|var)\s*\{([^}]*)\}\s*(?::[^=]+)?=\s*([\s\S]+)$"#)

    /// The names a destructuring pattern binds: `b` for `a: b`, `d` for `d = 1`.
    static func destructuredNames(_ pattern: Substring) -> [String] {
        pattern.split(separator: ",").compactMap { part in
            let bound = part.split(separator: ":").last ?? part
            let name = (bound.split(separator: "=").first ?? bound).trimmingCharacters(in: .whitespacesAndNewlines)
            return name.isEmpty || name.hasPrefix("...") ? nil : name
        }
    }

    /// Words of the APIs that read archive entries.
    private static let archiveReaders = [
        "ZipInputStream", "ZipFile", "ZipEntry", "ArchiveEntry", "ArchiveInputStream", "archive/zip", "archive/tar",
        "zipfile", "tarfile", "yauzl", "unzipper", "adm-zip", "AdmZip", "ZipArchive", "Zip::", "TarReader",
        "tar::Archive", "zip::read", "tar-stream", "extract-zip",
    ]
    /// The name an archive entry claims: `entry.getName()`, `f.Name`, `entry.FullName`, `member.name`, `info.filename`,
    /// `entry.fileName`, `header.name`, `entry.path`, `entry.entryName`.
    private static let archiveEntryName = LinePattern(
        #"\b(?!(os|filepath|path|Path|Paths|File|Files|fs|sys|self|this)\.)\w+\.(getName\(\)|Name\b|FullName\b|name\b(?!\s*\()|name\(\)|fileName\b|filename\b|path\b(?!\s*\()|entryName\b|"#
            + #"full_name\b|mangled_name\(\))"#)
    /// SQL APIs that turn each interpolation hole into a bound parameter: EF Core's `FromSqlInterpolated($"…")`,
    /// `FromSql($"…")`, `ExecuteSql($"…")`, `SqlQuery<T>($"…")`; tagged templates (`sql\`…${x}\``, Prisma's
    /// `$queryRaw\`…\``); psycopg's `sql.SQL("…").format(sql.Identifier(x))`; Scala's doobie, Slick and Anorm
    /// interpolators (`sql"…$x"`, `fr"…"`, `sqlu"…"`, `SQL"…"`, not the literal splice `#$x`). What they interpolate is
    /// not built SQL.
    static let parameterisedSQL = LinePattern(
        #"\b(FromSqlInterpolated|FromSql|ExecuteSqlInterpolated(Async)?|ExecuteSql(Async)?|SqlQuery)\s*(<[^>()]*>)?"#
            + #"\s*\(\s*\$@?"([^"\\]|\\.)*"|((?<![\w.$])(sql|SQL)|Prisma\.sql|\$queryRaw|\$executeRaw)\s*(<[^>()]*>)?`"#
            + #"([^`\\]|\\.)*`|\bsql\.SQL\(\s*("[^"]*"|'[^']*')\s*\)\.format\((\s*(sql\.(Identifier|Literal|"#
            + #"Placeholder)\([^()]*\)|sql\.SQL\(\s*("[^"]*"|'[^']*')\s*\)\.join\(\s*\w+\s*\))\s*,?)*\)|"#
            + ##"(?<![\w.$])(sql|SQL|sqlu|fr0?)"(?:"")?(?:[^"\\#]|\\.|#(?!\$))*"(?:"")?|"##
            // SQLKit's bound value in Swift's interpolation: `\(bind: query.action)`.
            + #"\\\(bind:\s*(?:[^()]|\([^()]*\))*\)"#)

    /// Words a literal table's value may hold beside its string literals and keys: the literal's type and builder.
    private static let tableWords: Set<String> = [
        "map", "string", "String", "str", "dict", "Map", "of", "new", "Object", "freeze", "as", "const", "Record",
        "HashMap", "Dictionary", "ImmutableMap", "mapOf", "hashMapOf", "to", "entry", "frozendict", "MappingProxyType",
        "array",
    ]
    /// A key (`name:`), or any other word, in a table literal with its string literals blanked out.
    private static let tableWord = LinePattern(#"(?<![\w.$])([A-Za-z_]\w*)(\s*:(?!:))?"#)

    /// A map or dictionary literal of string literals: `map[string]string{"a": "x"}`, `{"a": "x"}`, `{a: "x"}`,
    /// `Map.of("a", "x")`, `mapOf("a" to "x")`.
    private static func isLiteralTable(_ value: Substring) -> Bool {
        let start = value.drop { $0 == " " || $0 == "\t" }
        guard
            [
                "map[", "{", "[", "Map.of(", "Map(", "mapOf(", "dict(", "new Map(", "Object.freeze(",
                "ImmutableMap.of(",
                "%{", "array(",
            ].contains(where: start.hasPrefix), start.contains("\"") || start.contains("'")
        else { return false }
        // Go's type before the entries (`map[string]preset{`) names types, whatever they are: entries may be struct
        // literals of string literals (`"sm": {geometry: "64x64"}`).
        let entries = start.hasPrefix("map[") ? start.drop { $0 != "{" } : start
        let code = codeText(entries)
        // A variable (`$_GET['size']`) is no literal.
        guard !code.contains("$") else { return false }
        return tableWord.matches(in: code).allSatisfy { groups in
            groups[2] != nil || groups[1].map { tableWords.contains(String($0)) } == true
        }
    }

    /// A choice whose every branch is a constant: `isset(self::SORTABLE[$k]) ? self::SORTABLE[$k] : 'starts_at'` gives
    /// a table's entry or a literal whichever way the test goes.
    private func isConstantChoice(_ value: Substring) -> Bool {
        guard value.hasBytes("?"), let groups = Self.choice.firstMatch(in: value), let yes = groups[1],
            let no = groups[2]
        else { return false }
        return [yes, no].allSatisfy { branch in
            Self.isSingleLiteral(branch) || isTableLookup(branch) || constantNames.contains(String(branch))
        }
    }

    /// `test ? yes : no` (groups 1 and 2 the branches), not `??`, `?:` or `?.`, and with `::` inside a branch.
    private static let choice = LinePattern(
        #"\?(?![?:.])\s*((?:::|[^?:;])+?)\s*(?<!:):(?!:)\s*((?:::|[^?:;])+?)\s*;?\s*$"#)

    /// A switch whose every arm gives a string literal or throws: C#'s `granularity switch { Daily => "usage_daily",
    /// _ => throw … }`, Rust's and PHP's `match`, Kotlin's `when`, Scala's `match { case … => "a" }`. Whichever arm
    /// runs, the value is a constant.
    private static func isLiteralSwitch(_ value: Substring) -> Bool {
        guard value.hasBytes("switch") || value.hasBytes("match") || value.hasBytes("when") else { return false }
        let results = switchArm.matches(in: value).compactMap { $0[1] }
        return results.count >= 2
            && results.allSatisfy { result in
                isSingleLiteral(result)
                    || ["throw", "panic!", "unreachable!", "error("].contains(where: result.hasPrefix)
            }
    }

    /// An arm's result after `=>` or `->` (group 1): a string literal, a throw, or anything else up to `,`, `}` or the
    /// line's end.
    private static let switchArm = LinePattern(
        #"(?:=>|->)\s*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^,}\n]+)"#, holdingOneOf: ["=>", "->"])

    /// A value looked up in a literal table or a constant (`sortColumns[key]`, `SORTS.get(key, "name")`), or in a
    /// table the type itself holds (Swift's `Self.sources[key]`, PHP's `self::SOURCES[$key]`, `static::$map[$key]`):
    /// what a request key picks from the code's own data is the code's.
    private func isTableLookup(_ value: Substring) -> Bool {
        var start = value.drop { $0 == " " || $0 == "\t" }
        if start.hasPrefix("Map.") || start.hasPrefix("Keyword.") { return Self.attributeTableEntry.matches(start) }
        let ownType = ["Self.", "self::", "static::"].first(where: start.hasPrefix)
        if let ownType { start = start.dropFirst(ownType.count) }
        // Names are recorded without their sigil (`$sortable` as `sortable`); a variable with one is no constant
        // (`$_POST`).
        let variable = ownType == nil && start.first == "$"
        start = start.drop { $0 == "$" }
        let table = start.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        let rest = start.dropFirst(table.count)
        guard !table.isEmpty,
            ownType != nil || literalTables.contains(String(table)) || !variable && Self.isConstantName(table)
        else { return false }
        // A fallback after the lookup that is request input (`self::PRESETS[$size] ?? $size`) is what a missing key
        // gives.
        if let fallback = ["??", "||", " or "].lazy.compactMap({ rest.firstRange(of: $0) }).first,
            isRequestDerived(rest[fallback.upperBound...])
        {
            return false
        }
        return rest.hasPrefix("[") || rest.hasPrefix(".get(") || rest.hasPrefix(".getOrDefault(")
            || rest.hasPrefix(".fetch(") || rest.hasPrefix(".getOrElse(")
    }

    /// A framework's validation of the request, which returns the request's values (`$request->validate([…])`,
    /// `request()->validate([…])`).
    private static let requestValidation = LinePattern(#"(?:\$request|\brequest\(\))->validate\s*\("#)

    /// The names of the `validate…` functions `statements` define (``HelperFunctions/definition(in:next:)``).
    private static func validators(definedIn statements: [Substring]) -> Set<String> {
        var names = Set<String>()
        for (index, statement) in statements.enumerated() where statement.hasBytes("validate") {
            let next = HelperFunctions.after(statement, at: index, in: statements) { $0 }
            if let name = HelperFunctions.definition(in: statement, next: next)?.name, name.hasPrefix("validate") {
                names.insert(name)
            }
        }
        return names
    }

    /// `value` with each call of a sanitiser alias (``sanitizerAliases``) spelled as a call of the sanitiser.
    private func callingSanitizersByName(_ value: Substring) -> Substring {
        guard !sanitizerAliases.isEmpty, value.hasBytes("(") else { return value }
        var text = String(value)
        for (alias, sanitizer) in sanitizerAliases where value.names(alias) {
            text = text.replacingOccurrences(of: alias + "(", with: sanitizer + "(")
        }
        return text[...]
    }

    /// A sanitiser named, not called (group 1 its name): `connection.ops.quote_name`, `shlex.quote`.
    private static let sanitizerReference = LinePattern(
        #"^\s*(?:\w+\.)*(quote_name|quote_ident|quoteIdentifier|quote|escapeshellarg|escape|secure_filename|"#
            + #"basename)\s*$"#)

    /// `text` with every sanitiser call (``sanitizer``), arguments and closing bracket included, replaced by a space.
    static func withoutSanitizerCalls(_ text: some StringProtocol) -> String {
        withoutCalls(matching: sanitizer, in: text)
    }

    /// `text` with every call `pattern` matches up to its opening bracket, arguments and closing bracket included,
    /// replaced by a space.
    static func withoutCalls(matching pattern: LinePattern, in text: some StringProtocol) -> String {
        var text = String(text)
        while let call = pattern.firstMatch(in: text)?[0] {
            let rest = call.base[call.endIndex...]
            let arguments = argumentText(rest)
            let end = arguments.endIndex < rest.endIndex ? rest.index(after: arguments.endIndex) : arguments.endIndex
            text = String(call.base[..<call.startIndex]) + " " + String(call.base[end...])
        }
        return text
    }

    /// A call's arguments, given the text after its opening bracket: up to the bracket that closes it (with
    /// `stoppingAtComma`, up to the first argument's comma), brackets inside string literals not counted; the whole
    /// text when nothing closes it.
    static func argumentText(_ text: Substring, stoppingAtComma: Bool = false) -> Substring {
        var depth = 0
        var quote: Character?
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'", "`": quote = character
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                if depth == 0 { return text[..<index] }
                depth -= 1
            case "," where depth == 0 && stoppingAtComma: return text[..<index]
            default: break
            }
        }
        return text
    }

    /// `text` split at each comma or closing bracket outside brackets and string literals
    /// (``argumentText(_:stoppingAtComma:)`` piece by piece): a call's arguments, given the text after its bracket.
    static func arguments(in text: Substring) -> [Substring] {
        var rest = text
        var pieces: [Substring] = []
        while !rest.isEmpty {
            let piece = argumentText(rest, stoppingAtComma: true)
            pieces.append(piece)
            rest = rest[piece.endIndex...].dropFirst()
        }
        return pieces
    }

    /// `"text"` or `'text'` (with an optional `;`), without anything interpolated.
    private static func isSingleLiteral(_ value: Substring) -> Bool {
        var text = value.trimmingSuffixWhitespace
        if text.last == ";" { text = text.dropLast().trimmingSuffixWhitespace }
        text = text.drop { $0 == " " || $0 == "\t" || $0 == "r" || $0 == "b" || $0 == "u" || $0 == "f" }
        guard let quote = text.first, quote == "\"" || quote == "'", text.count >= 2, text.last == quote else {
            return false
        }
        let inside = text.dropFirst().dropLast()
        return !inside.contains(quote) && !inside.contains { $0 == "{" || $0 == "}" } && !interpolatesName(inside)
            && !inside.hasBytes("#{")
    }

    /// `TABLE`, `DEFAULT_LIMIT`: upper-case names are constants by convention.
    private static func isConstantName(_ name: some StringProtocol) -> Bool {
        name.count > 1 && name.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }
            && name.contains { $0.isLetter } && !phpRequestArrays.contains(String(name))
    }

    /// PHP's request arrays, upper-case like constants but the request itself (`"… {$_GET['region']}"`).
    private static let phpRequestArrays: Set<String> = ["_GET", "_POST", "_REQUEST", "_COOKIE", "_SERVER", "_FILES"]

    /// The root names in `text` (`req` of `req.query.id`), outside string literals and inside their interpolations;
    /// with `skippingCalls`, not the names of functions being called.
    static func identifiers(in text: some StringProtocol, skippingCalls: Bool = false) -> [String] {
        identifier.matches(in: codeText(text)).compactMap { groups in
            guard let name = groups[1] ?? groups[3] else { return nil }
            return skippingCalls && (groups[2] ?? groups[4]) != nil ? nil : String(name)
        }
    }

    /// What the string literals in `text` interpolate (`{…}`, `${…}`, `#{…}`, `$name`, `\(…)`), and nothing else.
    static func interpolatedText(_ text: some StringProtocol) -> String {
        codeText(text, keepingCode: false)
    }

    /// `text` with the contents of its string literals blanked out, except what they interpolate (`{…}`, `${…}`,
    /// `#{…}`, `$name`, `\(…)`), so the names left are the ones code passes; without `keepingCode`, only the
    /// interpolations.
    static func codeText(_ text: some StringProtocol, keepingCode: Bool = true) -> String {
        var output = ""
        var quote: Character?
        // Whether the open literal interpolates a bare `{name}` (``interpolatesBareBraces(before:)``).
        var bareBraces = false
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            defer { previous = character }
            index = text.index(after: index)
            guard let open = quote else {
                if character == "\"" || character == "'" || character == "`" {
                    quote = character
                    bareBraces = interpolatesBareBraces(before: text[..<text.index(before: index)])
                    blankStringPrefix(of: &output)
                }
                output.append(quote == nil && keepingCode ? character : " ")
                continue
            }
            if character == "\\", index < text.endIndex, text[index] == "(",
                let close = text[index...].firstIndex(of: ")")
            {
                // Swift's `\(name)`; a label names the interpolation, not a value (SQLKit's `\(unsafeRaw: column)`).
                let inside = text[text.index(after: index)..<close]
                let label = inside.prefix { $0 == " " || $0.isLetter || $0.isNumber || $0 == "_" }
                let labelled =
                    label.endIndex < inside.endIndex && inside[label.endIndex] == ":"
                    && !inside[label.endIndex...].hasPrefix("::")
                output += " " + (labelled ? inside[inside.index(after: label.endIndex)...] : inside) + " "
                index = text.index(after: close)
            } else if character == "\\", index < text.endIndex {
                index = text.index(after: index)
            } else if character == open {
                quote = nil
                output.append(" ")
            } else if character == "{", bareBraces || previous == "$" || previous == "#" || text[index...].first == "$",
                let close = text[index...].firstIndex(of: "}")
            {
                output += " " + text[index..<close] + " "
                index = text.index(after: close)
            } else if character == "$", index < text.endIndex, text[index].isLetter || text[index] == "_" {
                let name = text[index...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                output += " $" + name + " "
                index = name.endIndex
            }
        }
        return output
    }

    /// Whether a literal opening after `head` interpolates a bare `{name}`: Python's f-string (`f"…"`, `rf'…'`), C#'s
    /// `$"…"` and `$@"…"`, and the string of a Rust formatting macro (`format!("{name}")`). Elsewhere braces are text
    /// (Anorm's `{category}` placeholder in Scala's `s"…"`, a template filled in later) unless `$` or `#` opens them.
    private static func interpolatesBareBraces(before head: some StringProtocol) -> Bool {
        // The characters before the quote, nearest first, past those opening a triple-quoted literal (`f"""`).
        let near = head.reversed().drop { $0 == "\"" || $0 == "'" }
        if near.first == "$" || near.starts(with: "@$") { return true }
        let prefix = near.prefix { "fFrRbBuU".contains($0) }
        if (1...2).contains(prefix.count), prefix.contains(where: { $0 == "f" || $0 == "F" }),
            near.dropFirst(prefix.count).first.map({ !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }) ?? true
        {
            return true
        }
        return near.drop(while: \.isWhitespace).prefix(2).elementsEqual("(!")
    }

    /// Blanks a string literal's prefix (`f`, `r`, `b`, `u`, `rb`, `fr`) at the end of `output`, so it is not taken
    /// for a name.
    private static func blankStringPrefix(of output: inout String) {
        let prefix = output.reversed().prefix { "fFrRbBuU".contains($0) }
        guard (1...2).contains(prefix.count) else { return }
        let before = output.dropLast(prefix.count).last
        guard before.map({ !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" || $0 == ".") }) ?? true else {
            return
        }
        output.removeLast(prefix.count)
        output += String(repeating: " ", count: prefix.count)
    }

    /// Line `index` joined with the lines after it while a bracket, or a triple-quoted, backtick, C# verbatim or
    /// multi-line double-quoted string is open, or (`followingChains`) a call chain goes on
    /// (``continuesChain(_:on:)``; at most 12 lines, 40 inside a verbatim or double-quoted string, which holds a whole
    /// query). Sink rules read it before they work out the flow: a multi-line call's SQL or interpolation may open on
    /// a later line.
    static func statement(at index: Int, in lines: [ChangedFile.Line], followingChains: Bool = true) -> Substring {
        var text = lines[index].text
        var (depth, open) = openings(text)
        var verbatim = opensVerbatimString(text)
        var next = index
        // `target =` with its value on the next line (`  case params do`), or C#'s `x switch` with its arms in a
        // block below.
        let end = text.trimmingSuffixWhitespace
        if end.hasSuffix(" =") || end.hasSuffix(" switch"), index + 1 < lines.count {
            next += 1
            text = Substring(text + "\n" + lines[next].text)
            (depth, open) = openings(lines[next].text)
        }
        // A double-quoted string left open at a line's end (PHP's, Java's text run over lines) holds a whole query too.
        var quoted = opensQuotedText(text)
        while next + 1 < lines.count, next - index < (verbatim || quoted ? 40 : 12),
            depth > 0 || open || verbatim || quoted
                || followingChains && continuesChain(lines[next].text, on: lines[next + 1].text)
        {
            next += 1
            text = Substring(text + "\n" + lines[next].text)
            let more = openings(lines[next].text)
            depth += more.depth
            open = open != more.open
            if verbatim { verbatim = lines[next].text.utf8.count { $0 == UInt8(ascii: "\"") } % 2 == 0 }
            if opensQuotedText(lines[next].text) { quoted.toggle() }
        }
        return text
    }

    /// Whether `next` carries on the call chain `line` ends (a fluent builder over lines: Laravel's
    /// `Http::withOptions([…])` then `->get($url)`, JavaScript's `axios` then `.get(url)`, Go's `client.R().` then
    /// `Get(url)`).
    private static func continuesChain(_ line: Substring, on next: Substring) -> Bool {
        let start = next.drop(while: \.isWhitespace)
        if line.trimmingSuffixWhitespace.hasSuffix(")."), start.first?.isLetter == true { return true }
        let call =
            start.hasPrefix("->")
            ? start.dropFirst(2)
            : start.hasPrefix("?.")
                ? start.dropFirst(2)
                : start.hasPrefix(".") ? start.dropFirst() : nil
        guard let call, let first = call.first, first.isLetter || first == "_" else { return false }
        return !start.trimmingSuffixWhitespace.hasSuffix(":")
    }

    /// Whether `line` holds an odd number of unescaped double quotes: it opens (or closes) a string that runs over
    /// lines.
    private static func opensQuotedText(_ line: Substring) -> Bool {
        guard line.hasBytes("\"") else { return false }
        var count = 0
        var escaped = false
        for byte in line.utf8 {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                count += 1
            }
        }
        return count % 2 == 1
    }

    /// Whether `line` leaves a C# verbatim string open (`var sql = $@"` with the SQL on the lines below): an odd
    /// number of quotes from its `@"` on. Inside one, a doubled `""` is a quote, so the string closes on the first line
    /// with an odd number of them.
    private static func opensVerbatimString(_ line: Substring) -> Bool {
        guard line.hasBytes("@\""), let start = line.range(of: "@\"") else { return false }
        return line[start.lowerBound...].utf8.count { $0 == UInt8(ascii: "\"") } % 2 == 1
    }

    /// The bracket balance of `line`, and whether it opens (or closes) a backtick or triple-quoted string.
    private static func openings(_ line: Substring) -> (depth: Int, open: Bool) {
        let backticks = line.utf8.count { $0 == UInt8(ascii: "`") }
        let triples = line.hasBytes("\"\"\"") ? line.components(separatedBy: "\"\"\"").count - 1 : 0
        return (bracketDepth(of: line), (backticks + triples) % 2 == 1)
    }

    /// The brackets `line` opens less those it closes, of every kind.
    static func bracketDepth(of line: Substring) -> Int {
        line.utf8.reduce(0) { depth, byte in
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth + 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth - 1
            default: depth
            }
        }
    }
}
