import Foundation
import Manifest
import Testing

@testable import Review

/// A change that makes an unchanged sink unsafe: request input newly routed to it, through a name or a helper the
/// file defines. The sink's line is judged before and after the change; only what the change brought is reported.
@Suite struct ChangeIntoUnchangedSinkTests {
    private static func blocking(_ path: String, before: String, after: String) -> [ReviewFinding] {
        let change = ReviewCase("change", path, before: before, after, risky: true)
        return StaticReviewer().review(diff: change.patch).findings.filter { $0.severity >= .high }
    }

    private static let reports = """
        from flask import request
        from app.db import conn

        def _sales(start, region="all"):
            where = f"sold_on >= '{start}'"
            if region != "all":
                where += f" AND region = '{region}'"
            sql = f"SELECT sku FROM sales WHERE {where}"
            return conn.execute(sql).fetchall()

        @bp.get("/sales")
        def sales():
            start = request.args.get("from")
            return _sales(start)

        """

    @Test func requestInputPassedToAHelperReportsItsUnchangedSink() {
        let after = Self.reports.replacingOccurrences(
            of: "    return _sales(start)\n",
            with: "    region = request.args.get(\"region\", \"all\")\n    return _sales(start, region)\n")
        let findings = Self.blocking("app/reports.py", before: Self.reports, after: after)
        #expect(findings.map(\.rule).contains("code.sql-string-built"), "\(findings)")
        #expect(findings.contains { $0.line == 9 }, "the unchanged execute line: \(findings.map(\.line))")
    }

    @Test func aChangeThatLeavesTheSinksInputAsItWasReportsNothing() {
        let after = Self.reports.replacingOccurrences(of: "request.args.get(\"from\")", with: "request.args[\"from\"]")
        #expect(Self.blocking("app/reports.py", before: Self.reports, after: after).isEmpty)
    }

    private static let themes = """
        package web

        func (h *ThemeHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
        \tname := "theme.css"
        \tdata, err := os.ReadFile(filepath.Join(h.Dir, name))
        \tif err != nil {
        \t\thttp.NotFound(w, r)
        \t\treturn
        \t}
        \tw.Write(data)
        }

        """

    @Test func aConstantReplacedByRequestInputReportsTheUnchangedRead() {
        let after = Self.themes.replacingOccurrences(
            of: "name := \"theme.css\"", with: "name := r.URL.Query().Get(\"asset\")")
        let findings = Self.blocking("internal/web/themes.go", before: Self.themes, after: after)
        #expect(findings.map(\.rule) == ["code.path-traversal"], "\(findings)")
        #expect(findings.first?.line == 5)
    }

    private static let convert = """
        ALLOWED_FORMATS = {"pdf", "txt"}

        def _convert(src, fmt):
            return open(os.path.join("/srv/out", "doc." + fmt)).read()

        @bp.get("/docs/<int:doc_id>")
        def download(doc_id):
            fmt = "pdf"
            return _convert(doc_id, fmt)

        """

    @Test func requestInputCheckedAgainstAnAllowListIsNoFinding() {
        let checked = Self.convert.replacingOccurrences(
            of: "    fmt = \"pdf\"\n",
            with: "    fmt = request.args.get(\"format\", \"pdf\")\n    if fmt not in ALLOWED_FORMATS:\n        abort(400)\n")
        #expect(Self.blocking("app/convert.py", before: Self.convert, after: checked).isEmpty)
        let unchecked = Self.convert.replacingOccurrences(
            of: "fmt = \"pdf\"", with: "fmt = request.args.get(\"format\", \"pdf\")")
        let findings = Self.blocking("app/convert.py", before: Self.convert, after: unchecked)
        #expect(findings.map(\.rule) == ["code.path-traversal"], "\(findings)")
    }

    @Test func aHelperDefinedAboveItsCallerIsFollowed() {
        let before = """
            const { exec } = require('child_process');

            function archive(dir, label) {
              exec(`tar czf /exports/${label}.tgz -C /srv .`);
            }

            router.post('/export', (req, res) => {
              archive('/srv', 'latest');
            });

            """
        let after = before.replacingOccurrences(of: "archive('/srv', 'latest');", with: "archive('/srv', req.body.label);")
        let findings = Self.blocking("src/routes/export.js", before: before, after: after)
        #expect(findings.map(\.rule) == ["code.command-injection"], "\(findings)")
        #expect(findings.first?.line == 4)
    }

    private static let clients = """
        package billing

        var plainClient = &http.Client{Timeout: 10 * time.Second}

        // labClient talks to printers with self-signed certificates.
        var labClient = &http.Client{
        	Transport: &http.Transport{
        		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
        	},
        }

        func sync(req *http.Request) (*http.Response, error) {
        	return plainClient.Do(req)
        }

        """

    @Test func aChangeThatNewlyUsesAnUnsafeValueTheFileDefinesIsReportedWhereItUsesIt() {
        let after = Self.clients.replacingOccurrences(of: "return plainClient.Do(req)", with: "return labClient.Do(req)")
        let findings = Self.blocking("internal/billing/sync.go", before: Self.clients, after: after)
        #expect(findings.map(\.rule) == ["code.tls-verify-disabled"], "\(findings)")
        #expect(findings.first?.line == 13, "the added line that uses labClient")
        let safe = Self.clients.replacingOccurrences(of: "return plainClient.Do(req)", with: "return plainClient.Get(req.URL.String())")
        #expect(Self.blocking("internal/billing/sync.go", before: Self.clients, after: safe).isEmpty)
    }

    @Test func aHelperThatReturnsAURLOnAFixedHostFixesTheHostOfItsCallers() {
        let before = """
            package deps

            const registry = "https://registry.npmjs.org"

            func packageURL(name string) string {
            	return registry + "/" + url.PathEscape(name)
            }

            func lookup(w http.ResponseWriter, r *http.Request) {
            	name := "react"
            	resp, err := http.Get(packageURL(name))
            	if err != nil {
            		return
            	}
            	defer resp.Body.Close()
            }

            """
        let after = before.replacingOccurrences(of: "name := \"react\"", with: "name := r.URL.Query().Get(\"package\")")
        #expect(Self.blocking("internal/deps/lookup.go", before: before, after: after).isEmpty)
        let open = before.replacingOccurrences(of: "return registry + \"/\" + url.PathEscape(name)", with: "return name")
        let reached = open.replacingOccurrences(of: "name := \"react\"", with: "name := r.URL.Query().Get(\"package\")")
        #expect(Self.blocking("internal/deps/lookup.go", before: open, after: reached).map(\.rule) == ["code.ssrf"])
    }

    @Test(arguments: [
        ("region=\"all\"", ReviewedFile.Kind.python, "region"), ("*args", .python, "args"),
        ("final @Valid String name", .java, "name"), ("[FromQuery] string field", .csharp, "field"),
        ("string $path", .php, "path"), ("name string", .go, "name"), ("_ name: String", .swift, "name"),
        ("mut rev: &str", .rust, "rev"), ("term:", .ruby, "term"), ("...rest", .javascript, "rest"),
    ])
    func parameterNames(_ parameter: String, _ kind: ReviewedFile.Kind, _ name: String) {
        #expect(HelperFunctions.parameterName(parameter[...], kind: kind) == name)
    }

    private static let hooks = """
        from flask import request
        import requests

        @bp.post("/hooks/<int:hook_id>/test")
        def test_hook(hook_id):
            hook = Hook.query.get_or_404(hook_id)
            resp = requests.post(
                hook.url,
                json={"ping": True},
                timeout=5,
            )
            return {"status": resp.status_code}

        """

    @Test func aCallWhoseArgumentsTheChangeRewritesIsJudgedThoughItsFirstLineIsUnchanged() {
        let after = Self.hooks.replacingOccurrences(of: "        hook.url,", with: "        request.json.get(\"url\") or hook.url,")
        let findings = Self.blocking("app/hooks.py", before: Self.hooks, after: after)
        #expect(findings.map(\.rule) == ["code.ssrf"] && findings.map(\.line) == [7], "\(findings)")
        let renamed = Self.hooks.replacingOccurrences(of: "        hook.url,", with: "        hook.callback_url,")
        #expect(Self.blocking("app/hooks.py", before: Self.hooks, after: renamed).isEmpty)
    }

    private static let diagnostics = """
        import os
        import shlex
        from fastapi import APIRouter

        router = APIRouter()

        def _run(cmd):
            return os.popen(cmd).read()

        @router.get("/dns")
        def dns(host: str):
            target = _checked(host)
            return _run(f"dig +short {shlex.quote(target)}")

        """

    @Test func aParameterNamedLikeAnotherFunctionsVariableIsANewRoot() {
        let after = Self.diagnostics + """
            @router.get("/traceroute")
            def traceroute(target: str):
                return _run(f"traceroute -m 20 {target}")

            """
        let findings = Self.blocking("app/diag.py", before: Self.diagnostics, after: after)
        #expect(findings.contains { $0.rule == "code.command-injection" && $0.line == 8 }, "\(findings)")
    }

    @Test func thePreviousVersionComesFromTheHunks() {
        let change = ReviewCase(
            "v", "a.py", before: "a = 1\nb = 2\nc = 3\n", "a = 1\nx = 9\ny = 8\nc = 3\nd = 4\n", risky: false)
        let file = UnifiedDiff(change.patch).files[0]
        let previous = file.previousVersion
        #expect(previous.lines.map(\.text) == ["a = 1", "b = 2", "c = 3"])
        #expect(previous.lines.map(\.number) == [1, 2, 3])
        #expect(previous.oldNumber == [1: 1, 4: 3] && previous.newNumber == [1: 1, 3: 4])
        #expect(previous.lines.map(previous.keeps) == [true, false, true])
    }

    private static let callbacks = """
        package webhooks

        func (h *Handler) Register(c echo.Context) error {
        \ttarget, err := validateCallbackURL(c.FormValue("url"))
        \tif err != nil {
        \t\treturn err
        \t}
        \treturn h.Repo.Create(target)
        }

        func (h *Handler) Ping(c echo.Context) error {
        \thook, _ := h.Repo.Get(c.Param("id"))
        \treq, _ := http.NewRequest(http.MethodPost, hook.URL, nil)
        \t_, err := h.Client.Do(req)
        \treturn err
        }

        func validateCallbackURL(raw string) (*url.URL, error) {
        \tu, err := url.Parse(raw)
        \tif err != nil || !allowedHosts[u.Hostname()] {
        \t\treturn nil, errBad
        \t}
        \treturn u, nil
        }

        """

    /// A guard counts in its own function, but one the change removes counted wherever it stood: the host check at
    /// registration kept the stored URL safe where another handler fetches it.
    @Test func aGuardRemovedFromAnotherFunctionReportsTheSinkItKeptSafe() {
        let after = Self.callbacks
            .replacingOccurrences(
                of: "validateCallbackURL(c.FormValue(\"url\"))", with: "url.Parse(c.FormValue(\"url\"))")
            .replacingOccurrences(of: "\tif err != nil || !allowedHosts[u.Hostname()] {", with: "\tif err != nil {")
        let findings = Self.blocking("internal/webhooks/handler.go", before: Self.callbacks, after: after)
        #expect(findings.contains { $0.rule == "code.ssrf" && $0.line == 13 }, "\(findings.map(\.line))")
    }
}
