import Testing

@testable import Review

/// Which guard lines guard which lines (``FunctionScopes``), read from the layout of a file.
@Suite struct FunctionScopesTests {
    private static func scopes(_ text: String) -> (FunctionScopes, [Substring]) {
        let texts = text.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = texts.enumerated().map { ChangedFile.Line(number: $0.offset + 1, text: $0.element, isAdded: true) }
        return (FunctionScopes(lines), texts)
    }

    private static func index(of fragment: String, in texts: [Substring]) -> Int {
        texts.firstIndex { $0.contains(fragment) }!
    }

    private static let python = """
        ROOT = Path("/srv")
        if not ROOT.is_absolute():
            raise SystemExit(1)

        def confined(name):
            p = (ROOT / name).resolve()
            if not p.is_relative_to(ROOT):
                raise ValueError(name)
            return p

        @app.get("/a")
        def a(
            name: str,
        ) -> Response:
            return send_file(confined(name))

        def b(name):
            return send_file(os.path.join(ROOT, name))

        def c(name):
            if not name.startswith("public/"):
                abort(400)
            return serve(name)

        def serve(name):
            return send_file(name)
        """

    @Test func aGuardCoversItsOwnFunctionAndTheFunctionsThatCallIt() {
        let (scopes, texts) = Self.scopes(Self.python)
        let check = Self.index(of: "is_relative_to", in: texts)
        #expect(scopes.guardLine(check, covers: Self.index(of: "send_file(confined", in: texts)))
        #expect(!scopes.guardLine(check, covers: Self.index(of: "os.path.join", in: texts)))
        // A guard in the caller covers the helper it calls.
        let prefix = Self.index(of: "startswith", in: texts)
        #expect(scopes.guardLine(prefix, covers: Self.index(of: "return send_file(name)", in: texts)))
        #expect(!scopes.guardLine(prefix, covers: Self.index(of: "os.path.join", in: texts)))
    }

    @Test func aGuardOutsideEveryFunctionCoversTheFile() {
        let (scopes, texts) = Self.scopes(Self.python)
        #expect(scopes.definition(enclosing: Self.index(of: "is_absolute", in: texts)) == nil)
        #expect(
            scopes.guardLine(
                Self.index(of: "is_absolute", in: texts), covers: Self.index(of: "os.path.join", in: texts)))
    }

    @Test func namesAreScopedByFunctionsCallbacksAndTheDecoratorsAboveThem() {
        let (scopes, texts) = Self.scopes(Self.python)
        let handler = Self.index(of: "def a(", in: texts)
        #expect(scopes.scope(of: Self.index(of: "@app.get", in: texts)) == handler)
        #expect(scopes.scope(of: handler) == handler)
        #expect(scopes.scope(of: Self.index(of: "name: str", in: texts)) == handler)
        #expect(scopes.scope(of: Self.index(of: "is_absolute", in: texts)) == nil)
        #expect(scopes.function(at: handler, holds: Self.index(of: "send_file(confined", in: texts)))
        #expect(!scopes.function(at: handler, holds: Self.index(of: "os.path.join", in: texts)))
    }

    @Test func aScopeSeesItsOwnItsHoldersAndNoSiblingsLinesWithinABudget() {
        let handlers = (0..<1_000).map {
            "  router.use(limit\($0));\n  router.get('/r\($0)', (req, res) => {\n    const p = req.query.p\($0);\n  });"
        }
        let (scopes, texts) = Self.scopes("function routes(router) {\n" + handlers.joined(separator: "\n") + "\n}")
        let first = Self.index(of: "'/r0'", in: texts)
        let seen = scopes.linesSeen(from: first) ?? []
        #expect(seen.count == 1_003 && seen.contains(first + 1) && seen.contains(Self.index(of: "limit999", in: texts)))
        #expect(!seen.contains(Self.index(of: "req.query.p1;", in: texts)))
        // Each handler sees the thousand lines its function holds besides its siblings; the file's budget is sixteen
        // walks of it and 20,000 lines more, so the later handlers get none.
        let openers = texts.indices.filter { texts[$0].contains("router.get") }
        #expect(openers.dropFirst().compactMap { scopes.linesSeen(from: $0) }.count < openers.count - 1)
    }

    /// A line's scope is found from the sibling above it when that one's is known, so lines asked for top down scan
    /// little; asked bottom up (nothing above known), each scans the layout alone: both give the same scopes.
    @Test func aScopeFoundFromTheSiblingAboveIsTheScopeFoundAlone() {
        let routes = (0..<20).map {
            "  router.get('/r\($0)', async (req, res) => {\n    const p = req.query.p;\n    res.send(p);\n  });"
        }
        let text = [
            Self.python, "module.exports = function (router) {", routes.joined(separator: "\n"), "};",
            "const table = {\n  a: 1,\n  list: (rows) => {\n    rows.sort();\n  },\n  b: 2,\n};",
            "class Report {\n    run() {\n        go(() -> {\n            x();\n        });\n        y();\n    }\n}",
        ].joined(separator: "\n")
        let (topDown, texts) = Self.scopes(text)
        let (bottomUp, _) = Self.scopes(text)
        let downwards = texts.indices.map { topDown.scope(of: $0) }
        let upwards = texts.indices.reversed().map { bottomUp.scope(of: $0) }
        #expect(downwards == upwards.reversed())
        #expect(downwards[Self.index(of: "'/r7'", in: texts) + 1] == Self.index(of: "'/r7'", in: texts))
        #expect(downwards[Self.index(of: "'/r7'", in: texts) + 4] == Self.index(of: "'/r8'", in: texts))
        #expect(downwards[Self.index(of: "'/r19'", in: texts)] == Self.index(of: "'/r19'", in: texts))
        #expect(downwards[Self.index(of: "b: 2", in: texts)] == nil)
        #expect(downwards[Self.index(of: "y();", in: texts)] == Self.index(of: "run() {", in: texts))
        let definitionsDown = texts.indices.map { topDown.definition(enclosing: $0) }
        let definitionsUp = texts.indices.reversed().map { bottomUp.definition(enclosing: $0) }
        #expect(definitionsDown == definitionsUp.reversed())
    }

    @Test(arguments: [
        "router.get('/x', async (req, res) => {",
        "  http.HandleFunc(\"/x\", func(w http.ResponseWriter, r *http.Request) {",
        "get '/files/:name' do", "  rows.each do |row|", "app.get(\"files\", \":name\") { req in",
        "  get(\"/files/{name}\") {", "def preview = Action.async { request =>", "  new Thread(() -> {",
        "module.exports = function (router) {",
    ])
    func aCallbackOpensAScope(_ line: String) { #expect(FunctionScopes.opensCallback(line[...])) }

    @Test(arguments: [
        "if (user != null) {", "} else if (x) {", "case status do", "    @RequestBody Body req) {",
        "  for (const row of rows) {", "const config = {", "try {", "  } catch (e) {",
    ])
    func controlFlowOpensNoScope(_ line: String) { #expect(!FunctionScopes.opensCallback(line[...])) }

    @Test func aParameterListClosedAtTheDefinitionsIndentationStillOpensItsBody() {
        let (scopes, texts) = Self.scopes(Self.python)
        #expect(
            scopes.definition(enclosing: Self.index(of: "send_file(confined", in: texts))
                == Self.index(of: "def a(", in: texts))
    }

    @Test func braceLanguagesAndFailureBlocks() {
        let (scopes, texts) = Self.scopes(
            """
            func authenticate(bearer: BearerAuthorization) async throws {
                do {
                    token = try verify(bearer.token)
                } catch {
                    guard let legacy = decodeLegacy(bearer.token) else { return }
                }
            }

            private func decodeLegacy(_ jwt: String) -> Token? {
                let parts = jwt.split(separator: ".")
                return nil
            }
            """)
        let definition = Self.index(of: "func decodeLegacy", in: texts)
        #expect(scopes.definition(enclosing: Self.index(of: "jwt.split", in: texts)) == definition)
        #expect(scopes.uses(ofFunctionAt: definition) == [Self.index(of: "guard let legacy", in: texts)])
        #expect(scopes.isInFailureBlock(Self.index(of: "guard let legacy", in: texts)))
        #expect(!scopes.isInFailureBlock(Self.index(of: "try verify", in: texts)))
        #expect(!scopes.isInFailureBlock(Self.index(of: "jwt.split", in: texts)))
    }

    @Test func aBodyOpenedOnALineOfItsOwn() {
        let (scopes, texts) = Self.scopes(
            """
            class ReportController
            {
                public function timeline()
                {
                    $rows = DB::select($sql);
                }

                public function byRegion()
                {
                    try
                    {
                        $rows = $query->get();
                    }
                    catch (QueryException $e)
                    {
                        report($e);
                    }
                }
            }
            """)
        #expect(scopes.definition(enclosing: Self.index(of: "DB::select", in: texts)) == 2)
        #expect(scopes.definition(enclosing: Self.index(of: "$query->get", in: texts)) == 7)
        #expect(scopes.isInFailureBlock(Self.index(of: "report($e)", in: texts)))
        #expect(!scopes.isInFailureBlock(Self.index(of: "$query->get", in: texts)))
    }
}
