import Foundation
import Manifest
import Testing

/// Every broken manifest yields exactly its expected diagnostics: file, line, column, field path and message.
@Suite struct BrokenManifestTests {
    @Test(arguments: DeploymentCorpus.cases)
    func brokenManifestIsReportedExactly(_ broken: BrokenCase) {
        let state = ManifestParser.parse(broken.files, controller: broken.controller)
        #expect(state.diagnostics.map(\.description) == broken.expected)
        #expect(!state.invalid.isEmpty)
    }

    @Test(arguments: ControllerCorpus.cases.map { ($0.name, $0.text, $0.expected) })
    func brokenControllerConfigIsReportedExactly(name: String, text: String, expected: [String]) {
        #expect {
            _ = try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(text.utf8)))
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.map(\.description) == expected
        }
    }

    @Test func corpusIsLargeAndDistinct() {
        let names = DeploymentCorpus.cases.map(\.name) + ControllerCorpus.cases.map(\.name)
        #expect(names.count >= 40)
        #expect(Set(names).count == names.count)
    }
}
