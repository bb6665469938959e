import Drivers
import Foundation
package import Manifest

/// Detects the stack of a build context from its root listing and a few small manifests.
///
/// Rule when more than one stack is found: the candidate with the higher ``StackRank`` wins (a framework or app
/// entry point over a manifest with dependencies, over a manifest for tooling only, over plain files); on a tie
/// the earlier stack in ``Stack``'s declaration order wins. ``StackDetection/reason`` says which rule decided.
///
/// ```swift
/// let detection = try await StackDetector().detect(in: MirrorSourceTree(...), path: "app")
/// print(detection)                       // node (express, npm): package.json has a start script and ...
/// let dockerfile = detection.dockerfile(images: StackImages(config.stacks))
/// ```
package struct StackDetector: Sendable {
    /// The files detection reads when they are at the root, besides `*.csproj` and `*.fsproj`.
    static let manifestNames: Set<String> = [
        "package.json", "requirements.txt", "pyproject.toml", "manage.py", "go.mod", "Cargo.toml", "pom.xml",
        "build.gradle", "build.gradle.kts", "Gemfile", "composer.json",
    ]
    /// Files larger than this are not read (a manifest is a few KiB).
    static let maxManifestBytes = 1 << 20

    private static let apps: [any StackApp.Type] = [
        NodeApp.self, PythonApp.self, GoApp.self, RustApp.self, JavaApp.self, RubyApp.self, PHPApp.self,
        DotNetApp.self, StaticSite.self,
    ]

    package init() {}

    /// The stack at the root of `tree`: the best candidate by the rule above, or only `stack`'s when one is asked.
    /// - Parameters:
    ///   - path: the build context's path, named in errors.
    ///   - stack: the stack `source.stack` names; nil detects any.
    /// - Throws: ``StackDetectionError`` when nothing (or not `stack`) is found.
    package func detect(in tree: some SourceTree, path: String, only stack: Stack? = nil) async throws
        -> StackDetection
    {
        let entries = try await tree.entries()
        let wanted = entries.filter { entry in
            !entry.isDirectory
                && (Self.manifestNames.contains(entry.name) || entry.name.hasSuffix(".csproj")
                    || entry.name.hasSuffix(".fsproj"))
        }.map(\.name)
        let texts = try await tree.read(wanted).compactMapValues { data in
            data.count <= Self.maxManifestBytes ? String(decoding: data, as: UTF8.self) : nil
        }
        return try Self.detect(in: ProjectFiles(entries: entries, texts: texts), path: path, only: stack)
    }

    static func detect(in files: ProjectFiles, path: String, only stack: Stack?) throws -> StackDetection {
        let apps = Self.apps.filter { stack == nil || $0.stack == stack }
        var candidates = apps.compactMap { $0.detect(in: files) }
        if stack == nil, candidates.contains(where: { $0.stack != .static }) {
            candidates.removeAll { $0.stack == .static }  // a static site is one with no other stack
        }
        candidates.sort { ($0.rank, $1.stack) > ($1.rank, $0.stack) }
        guard let chosen = candidates.first else {
            if let stack { throw StackDetectionError.stackNotFound(stack, path: path, lookedFor: apps[0].lookedFor) }
            throw StackDetectionError.noStack(path: path, lookedFor: apps.map { $0.lookedFor })
        }
        return StackDetection(chosen: chosen, passedOver: Array(candidates.dropFirst()))
    }
}
