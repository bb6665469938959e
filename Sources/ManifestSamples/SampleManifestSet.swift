import Foundation
package import Manifest

/// Many valid manifests spread over a few files, for `berth bench manifests`.
package enum SampleManifestSet {
    /// `count` deployments with unique names and host ports, `perFile` documents per file, written in varied forms.
    package static func files(count: Int, perFile: Int = 200, seed: UInt64 = 1) -> [SourceFile] {
        var random = SampleRandom(seed: seed)
        var files: [SourceFile] = []
        var text = ""
        for index in 0..<count {
            let hostPort = index % 5 == 0 && index < 40_000 ? 20_000 + index : nil
            let sample = SampleDeployment.random(name: "app-\(index)", hostPort: hostPort, using: &random)
            var writer = SampleYAMLWriter(seed: random.next())
            text += writer.document(sample.node)
            if (index + 1) % perFile == 0 || index == count - 1 {
                files.append(SourceFile(path: "deployments/set-\(files.count).yaml", contents: Data(text.utf8)))
                text = ""
            }
        }
        return files
    }
}
