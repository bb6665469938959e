import Foundation
import Manifest
import Reconciler
import Testing

@Suite struct ManifestTextEditorTests {
    static let block = """
        # The storefront.
        apiVersion: berth/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          image: nginx:1.27   # pinned
          env:
            LOG_LEVEL: info   # noisy otherwise
            DEBUG: "0"
          resources:
            memory: 64Mi      # measured in May
            cpus: 0.5
          restartPolicy: always
          drift: report
        ---
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: api}
        spec:
          image: nginx:1.27
          env: {LOG_LEVEL: info, DEBUG: "0"}
          resources: {memory: 64Mi, cpus: 0.5}
          restartPolicy: "always"
        ---
        apiVersion: berth/v1
        kind: Deployment
        metadata:
          name: bare
        spec:
          image: nginx:1.27
          drift: report

        """

    static func edit(_ deployment: String, _ path: String, _ change: ManifestEdit.Change) -> ManifestEdit {
        ManifestEdit(deployment: deployment, path: path.split(separator: ".").map(String.init), change: change)
    }

    static func deployment(_ name: String, in text: String) throws -> Deployment {
        let state = ManifestParser.parse([SourceFile(path: "deploy/all.yaml", contents: Data(text.utf8))])
        #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
        return try #require(state.deployments.first { $0.name == name })
    }

    static func applied(_ edits: ManifestEdit...) throws -> String {
        try #require(try ManifestTextEditor.apply(edits, to: block))
    }

    /// Lines of `edited` that differ from the original, as a diff would show them.
    static func changedLines(_ edited: String) -> (removed: [String], added: [String]) {
        let before = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let after = edited.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let diff = after.difference(from: before)
        var removed: [String] = []
        var added: [String] = []
        for change in diff {
            switch change {
            case .remove(_, let line, _): removed.append(line)
            case .insert(_, let line, _): added.append(line)
            }
        }
        return (removed, added)
    }

    @Test func blockMemoryValueIsReplacedKeepingItsComment() throws {
        let edited = try Self.applied(Self.edit("web", "spec.resources.memory", .set("128Mi")))
        #expect(Self.changedLines(edited).removed == ["    memory: 64Mi      # measured in May"])
        #expect(Self.changedLines(edited).added == ["    memory: 128Mi      # measured in May"])
        #expect(try Self.deployment("web", in: edited).spec.resources.memoryBytes == 128 << 20)
    }

    @Test func flowMemoryAndCPUsAreReplacedInTheirBraces() throws {
        let edited = try Self.applied(
            Self.edit("api", "spec.resources.memory", .set("128Mi")),
            Self.edit("api", "spec.resources.cpus", .set("1.5")))
        #expect(Self.changedLines(edited).added == ["  resources: {memory: 128Mi, cpus: 1.5}"])
        let api = try Self.deployment("api", in: edited)
        #expect(api.spec.resources.memoryBytes == 128 << 20)
        #expect(api.spec.resources.nanoCPUs == 1_500_000_000)
        #expect(try Self.deployment("web", in: edited).spec.resources.memoryBytes == 64 << 20, "other documents stay")
    }

    @Test func aQuotedRestartPolicyKeepsItsQuotes() throws {
        let edited = try Self.applied(
            Self.edit("api", "spec.restartPolicy", .set("on-failure")),
            Self.edit("web", "spec.restartPolicy", .set("no")))
        #expect(Self.changedLines(edited).added == ["  restartPolicy: \"no\"", "  restartPolicy: \"on-failure\""])
        #expect(try Self.deployment("api", in: edited).spec.restartPolicy == .onFailure)
        #expect(try Self.deployment("web", in: edited).spec.restartPolicy == RestartPolicy.no)
    }

    @Test func blockEnvKeysAreChangedAddedAndRemoved() throws {
        let edited = try Self.applied(
            Self.edit("web", "spec.env.LOG_LEVEL", .set("debug")), Self.edit("web", "spec.env.DEBUG", .remove),
            Self.edit("web", "spec.env.FEATURE_X", .set("on: yes # really")))
        let changes = Self.changedLines(edited)
        #expect(changes.removed.sorted() == ["    DEBUG: \"0\"", "    LOG_LEVEL: info   # noisy otherwise"])
        #expect(changes.added == ["    LOG_LEVEL: debug   # noisy otherwise", "    FEATURE_X: \"on: yes # really\""])
        #expect(
            try Self.deployment("web", in: edited).spec.env == ["LOG_LEVEL": "debug", "FEATURE_X": "on: yes # really"])
    }

    @Test func flowEnvKeysAreChangedAddedAndRemoved() throws {
        let first = try Self.applied(Self.edit("api", "spec.env.DEBUG", .remove))
        #expect(Self.changedLines(first).added == ["  env: {LOG_LEVEL: info}"])
        let edited = try Self.applied(
            Self.edit("api", "spec.env.LOG_LEVEL", .remove), Self.edit("api", "spec.env.NEW", .set("1")))
        #expect(Self.changedLines(edited).added == ["  env: {DEBUG: \"0\", NEW: 1}"])
        #expect(try Self.deployment("api", in: edited).spec.env == ["DEBUG": "0", "NEW": "1"])
        let emptied = try #require(
            try ManifestTextEditor.apply(
                [Self.edit("api", "spec.env.LOG_LEVEL", .remove), Self.edit("api", "spec.env.DEBUG", .remove)],
                to: Self.block))
        #expect(Self.changedLines(emptied).added == ["  env: {}"])
        #expect(try Self.deployment("api", in: emptied).spec.env.isEmpty)
    }

    @Test func theLastBlockEnvKeyLeavesAnEmptyMapping() throws {
        let edited = try Self.applied(
            Self.edit("web", "spec.env.LOG_LEVEL", .remove), Self.edit("web", "spec.env.DEBUG", .remove))
        #expect(Self.changedLines(edited).added == ["  env: {}"])
        #expect(try Self.deployment("web", in: edited).spec.env.isEmpty)
    }

    @Test func missingMappingsAreAddedAfterTheLastKeyAtItsIndentation() throws {
        let edited = try Self.applied(
            Self.edit("bare", "spec.resources.memory", .set("128Mi")),
            Self.edit("bare", "spec.env.LOG_LEVEL", .set("warn")),
            Self.edit("bare", "spec.resources.cpus", .set("0.25")))
        #expect(
            Self.changedLines(edited).added == ["  resources: {memory: 128Mi, cpus: 0.25}", "  env: {LOG_LEVEL: warn}"])
        let bare = try Self.deployment("bare", in: edited)
        #expect(bare.spec.resources.memoryBytes == 128 << 20)
        #expect(bare.spec.resources.nanoCPUs == 250_000_000)
        #expect(bare.spec.env == ["LOG_LEVEL": "warn"])
    }

    @Test func aMissingKeyInABlockMappingIsAddedAtItsIndentation() throws {
        let edited = try Self.applied(Self.edit("web", "spec.env.ADDED", .set("x y")))
        #expect(Self.changedLines(edited).added == ["    ADDED: x y"])
        #expect(try Self.deployment("web", in: edited).spec.env["ADDED"] == "x y")
        let cpus = try Self.applied(Self.edit("web", "spec.resources.cpus", .remove))
        #expect(Self.changedLines(cpus).removed == ["    cpus: 0.5"])
        #expect(try Self.deployment("web", in: cpus).spec.resources.nanoCPUs == nil)
    }

    @Test func removingWhatIsAbsentAndAnotherFileChangeNothing() throws {
        #expect(try ManifestTextEditor.apply(Self.edit("bare", "spec.env.X", .remove), to: Self.block) == Self.block)
        #expect(try ManifestTextEditor.apply(Self.edit("gone", "spec.env.X", .set("1")), to: Self.block) == nil)
    }

    @Test func aBlockScalarIsRefusedWithAReason() throws {
        let text = """
            metadata: {name: web}
            spec:
              env:
                MOTD: |
                  hello
            """
        let error = #expect(throws: ManifestEditError.self) {
            try ManifestTextEditor.apply(Self.edit("web", "spec.env.MOTD", .set("bye")), to: text)
        }
        #expect(error?.description.contains("block scalar") == true)
    }

    @Test func aPlainValueOverSeveralLinesIsRefused() throws {
        let text = """
            metadata: {name: web}
            spec:
              env:
                GREETING: hello
                  world
            """
        let error = #expect(throws: ManifestEditError.self) {
            try ManifestTextEditor.apply(Self.edit("web", "spec.env.GREETING", .set("bye")), to: text)
        }
        #expect(error?.description.contains("over several lines") == true)
    }

    @Test func windowsLineEndingsAreKept() throws {
        let text = "metadata:\r\n  name: web\r\nspec:\r\n  resources:\r\n    memory: 64Mi\r\n  drift: report\r\n"
        let edited = try #require(
            try ManifestTextEditor.apply(Self.edit("web", "spec.resources.memory", .set("128Mi")), to: text))
        #expect(edited == text.replacingOccurrences(of: "64Mi", with: "128Mi"))
    }

    @Test func findingsBecomeEditsOnlyForAdoptableSchemaFields() {
        func finding(_ field: String, live: String?, adoptable: Bool = true) -> DriftFinding {
            DriftFinding(
                deployment: "web", container: "web-3", field: field, desired: "x", live: live, firstSeen: Date(),
                adoptable: adoptable)
        }
        #expect(ManifestEdit(adopting: finding("spec.resources.memory", live: "128Mi"))?.change == .set("128Mi"))
        #expect(ManifestEdit(adopting: finding("spec.env.A.B", live: nil))?.path == ["spec", "env", "A.B"])
        #expect(ManifestEdit(adopting: finding("spec.env.A.B", live: nil))?.change == .remove)
        #expect(ManifestEdit(adopting: finding("spec.secretEnv.TOKEN", live: "(changed)")) == nil)
        #expect(ManifestEdit(adopting: finding("image", live: "sha256:1")) == nil)
        #expect(ManifestEdit(adopting: finding("spec.resources.memory", live: "1Gi", adoptable: false)) == nil)
    }
}
