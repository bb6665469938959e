import Drivers
import Foundation
import TestSupport
import Testing

@Suite struct ManifestDirectoryTests {
    @Test func findsYamlFilesRecursivelyInPathOrderAndSkipsHiddenAndOtherFiles() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a: 1", to: "b.yaml")
        try dir.write("a: 2", to: "nested/deeper/a.yml")
        try dir.write("not yaml", to: "README.md")
        try dir.write("hidden: true", to: ".git/config.yaml")
        let files = try ManifestDirectory(root: dir.url).files()
        let names = files.map { ($0.path as NSString).lastPathComponent }
        #expect(names == ["b.yaml", "a.yml"])
        #expect(files.allSatisfy { $0.path.hasPrefix(dir.url.path) })
    }

    @Test func missingPathIsAnErrorNamingIt() {
        #expect {
            try ManifestDirectory(root: URL(fileURLWithPath: "/nonexistent/berth")).files()
        } throws: { error in
            String(describing: error) == "/nonexistent/berth: no such file or directory"
        }
    }
}
