import Foundation
import Manifest
import ManifestSamples
import Testing

/// Previews (DESIGN §14): their names, the deployment a pull request's preview is made of, and `previews` in the
/// controller config.
@Suite struct PreviewTests {
    private static let head = String(repeating: "ab", count: 20)

    private func deployment(_ spec: String, labels: String = "") throws -> Deployment {
        let text = "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: web\(labels)}\nspec:\n" + spec
        var controller = ControllerConfig()
        controller.policy = Policy(allowHostPaths: ["/srv/**"])
        let state = ManifestParser.parse(
            [SourceFile(path: "deployments/web.yaml", contents: Data(text.utf8))], controller: controller)
        #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
        return try #require(state.deployments.first)
    }

    private static let source = "  source: {repo: https://git.example.com/acme/web.git, ref: main}\n"

    @Test func previewNamesReadBackAndNothingElseIsOne() {
        #expect(PreviewName("web--pr7") == PreviewName(parent: "web", number: 7))
        #expect(PreviewName("api-v2--pr123")?.parent == "api-v2")
        #expect(PreviewName(parent: "web", number: 7).description == "web--pr7")
        #expect(PreviewName("web--pr3--pr12") == PreviewName(parent: "web--pr3", number: 12))
        let others = [
            "web", "web-pr7", "web--pr", "web--pr0", "web--pr07", "--pr7", "web--prx", "web--pr-1", "web--pr+7",
            "web--pr7-pr8", "web--pr1x", "7", "web--pr99999999999999999999", "wéb--pr٣",
        ]
        for name in others {
            #expect(PreviewName(name) == nil, "\(name)")
        }
        #expect(PreviewName.secretsOwner(of: "web--pr7") == "web")
        #expect(PreviewName.secretsOwner(of: "web") == "web")
    }

    @Test func aPreviewBuildsTheHeadAtItsHostWithPortsBerthAllocates() throws {
        let parent = try deployment(
            Self.source + "  env: {MODE: prod}\n  ports: [{container: 8080, host: 8080}]\n"
                + "  route: {host: web.example.com, path: /app, drain: 2s}\n  volumes: [{name: data, mountPath: /data}]\n",
            labels: ", labels: {team: a}")
        let preview = try parent.preview(
            number: 7, commit: Self.head, host: "7-web.preview.example.com", inheritSecrets: false)
        #expect(preview.name == "web--pr7")
        #expect(preview.labels == ["team": "a"])
        guard case .source(let source, _, _) = preview.spec.artifact else {
            Issue.record("a preview builds from source")
            return
        }
        #expect(source.ref == Self.head)
        #expect(source.repo == "https://git.example.com/acme/web.git")
        #expect(preview.spec.ports.map(\.host) == [nil])
        #expect(preview.spec.ports.map(\.container) == [8080])
        #expect(!preview.spec.fixesHostPort)
        #expect(preview.spec.route == Route(host: "7-web.preview.example.com", path: "/app", drain: .seconds(2)))
        #expect(preview.spec.env == ["MODE": "prod"])
        #expect(preview.spec.volumes == parent.spec.volumes)
        #expect(preview.specHash != parent.specHash)
        let again = try parent.preview(
            number: 7, commit: Self.head, host: "7-web.preview.example.com", inheritSecrets: false)
        #expect(again.specHash == preview.specHash)
        let pushed = try parent.preview(
            number: 7, commit: String(repeating: "cd", count: 20), host: "7-web.preview.example.com",
            inheritSecrets: false)
        #expect(pushed.specHash != preview.specHash)
    }

    @Test func aPreviewGetsItsParentsRouteHostFromTheTemplateEvenWithoutARoute() throws {
        let parent = try deployment(Self.source + "  ports: [{container: 80}]\n")
        let preview = try parent.preview(number: 3, commit: Self.head, host: "3-web.p.test", inheritSecrets: false)
        #expect(preview.spec.route == Route(host: "3-web.p.test"))
    }

    @Test func aHostNetworkDeploymentWithoutPortsHasAPreviewOnItsOwnPort() throws {
        let parent = try deployment(Self.source + "  network: host\n")
        let preview = try parent.preview(number: 2, commit: Self.head, host: "2-web.p.test", inheritSecrets: false)
        #expect(preview.spec.network == .host && preview.spec.ports.isEmpty)
    }

    @Test func sealedValuesAreKeptOnlyWhenInherited() throws {
        var random = SampleRandom(seed: 7)
        let sealed = SampleDeployment.sealedText(&random)
        let parent = try deployment(Self.source + "  secretEnv: {TOKEN: \"\(sealed)\"}\n")
        let bare = try parent.preview(number: 1, commit: Self.head, host: "1-web.p.test", inheritSecrets: false)
        #expect(bare.spec.secretEnv.isEmpty)
        let inherited = try parent.preview(number: 1, commit: Self.head, host: "1-web.p.test", inheritSecrets: true)
        #expect(inherited.spec.secretEnv == parent.spec.secretEnv)
    }

    @Test(arguments: [
        ("  image: nginx:1.27\n", "web runs a prebuilt image; only deployments built from source have previews"),
        (
            source + "  network: host\n  ports: [{container: 8080}]\n",
            "web binds fixed ports on the host network, which a preview would share"
        ),
        (
            source + "  volumes: [{hostPath: /srv/web, mountPath: /srv}]\n",
            "web mounts a host path at /srv, which a preview would share with it"
        ),
    ])
    func deploymentsThatCannotBePreviewedSayWhy(_ spec: String, _ reason: String) throws {
        let parent = try deployment(spec)
        let refusal = #expect(throws: PreviewRefusal.self) {
            try parent.preview(number: 1, commit: Self.head, host: "1-web.p.test", inheritSecrets: false)
        }
        #expect(refusal?.description == reason)
    }

    // MARK: controller config

    private static let config = """
        apiVersion: berth/v1
        kind: Controller
        configRepo: {url: https://git.example.com/a/b.git}
        router: {type: caddy}

        """

    private func parse(_ previews: String, router: Bool = true) throws -> ControllerConfig {
        let text =
            (router ? Self.config : Self.config.replacingOccurrences(of: "router: {type: caddy}\n", with: ""))
            + previews + "\n"
        return try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(text.utf8)))
    }

    @Test func previewsAreOffUnlessEnabledAndTakeTheirDefaults() throws {
        #expect(try parse("").previews == nil)
        #expect(try parse("previews: {enabled: false, hostTemplate: \"{pr}.p.test\"}").previews == nil)
        let on = try #require(
            try parse("previews: {enabled: true, hostTemplate: \"{pr}-{name}.preview.example.com\"}").previews)
        #expect(on == PreviewSettings(hostTemplate: "{pr}-{name}.preview.example.com"))
        #expect(on.ttl == .seconds(72 * 3600) && on.from == .pullRequests && !on.inheritsSecrets)
        #expect(on.host(number: 7, parent: "web") == "7-web.preview.example.com")
    }

    @Test func previewsTakeABranchPatternATTLAndInheritedSecrets() throws {
        let settings = try #require(
            try parse(
                "previews: {enabled: true, from: \"feature/*\", ttl: 24h, hostTemplate: \"{name}-{pr}.p.test\", secrets: inherit}"
            ).previews)
        #expect(settings.ttl == .seconds(86400) && settings.inheritsSecrets)
        #expect(settings.from.admits(headBranch: "feature/login"))
        #expect(!settings.from.admits(headBranch: "fix/login"))
        #expect(!settings.from.admits(headBranch: "feature/a/b"))
        #expect(PreviewSettings.Admission.pullRequests.admits(headBranch: "anything"))
    }

    @Test(arguments: [
        (
            "previews: {enabled: true}",
            "berth.yaml:5:11: previews.hostTemplate: is required (the router host of each preview, e.g. \"{pr}-{name}.preview.example.com\")"
        ),
        (
            "previews: {enabled: true, hostTemplate: \"{name}.p.test\"}",
            "berth.yaml:5:41: previews.hostTemplate: \"{name}.p.test\" has no {pr}, so every pull request's preview would share one host"
        ),
        (
            "previews: {enabled: true, hostTemplate: \"{pr}_{name}.p.test\"}",
            "berth.yaml:5:41: previews.hostTemplate: \"{pr}_{name}.p.test\" does not make a host name (for pull request 12 of web it makes \"12_web.p.test\"); use lower-case labels, dots, {pr} and {name}"
        ),
        (
            "previews: {enabled: true, hostTemplate: \"{pr}.p.test\", secrets: copy}",
            "berth.yaml:5:65: previews.secrets: \"copy\" is not a choice (inherit: a preview opens its parent's sealed values; none: it starts without them)"
        ),
        (
            "previews: {enabled: true, hostTemplate: \"{pr}.p.test\", expires: 3d}",
            "berth.yaml:5:56: previews.expires: unknown field \"expires\" (valid: enabled, from, ttl, hostTemplate, secrets)"
        ),
    ])
    func previewErrorsAreLocated(_ line: String, _ message: String) throws {
        let error = #expect(throws: DiagnosticList.self) { try parse(line) }
        #expect(error.map { "\($0)" }?.contains(message) == true, "\(error.map { "\($0)" } ?? "")")
    }

    @Test func previewsNeedARouter() throws {
        let error = #expect(throws: DiagnosticList.self) {
            try parse("previews: {enabled: true, hostTemplate: \"{pr}.p.test\"}", router: false)
        }
        #expect(
            error.map { "\($0)" }?.contains(
                "berth.yaml:4:21: previews.enabled: previews are reached through the router at their templated host; configure router (type: caddy)"
            ) == true, "\(error.map { "\($0)" } ?? "")")
    }

    @Test func theRoutersURLOfAHostNamesItsPortWhenItIsNotTheSchemes() {
        var caddy = CaddySettings()
        caddy.listen = RouterListen(http: "127.0.0.1:18080", https: nil)
        #expect(caddy.url(of: "7-web.p.test") == "http://7-web.p.test:18080")
        caddy.listen = RouterListen(http: ":80", https: ":443")
        #expect(caddy.url(of: "7-web.p.test") == "http://7-web.p.test")
        caddy.tls = .internal
        #expect(caddy.url(of: "7-web.p.test") == "https://7-web.p.test")
        caddy.listen = RouterListen(http: ":80", https: "[::]:8443")
        #expect(caddy.url(of: "7-web.p.test") == "https://7-web.p.test:8443")
    }
}
