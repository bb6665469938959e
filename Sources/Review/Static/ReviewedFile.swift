/// What the static reviewer knows about a file from its path: its language, and whether it is test code.
struct ReviewedFile: Sendable {
    /// The kinds of file rules are written for.
    enum Kind: Sendable, Hashable {
        case dockerfile, shell, javascript, python, go, ruby, php, java, other
    }

    let path: String
    let kind: Kind
    /// Test code or fixtures (`tests/`, `testdata/`, `*_test.go`, `test_*.py`, `*.spec.ts`, …): findings there
    /// are reported but lowered, since test keys and risky test helpers are what such files are for.
    let isTest: Bool
    /// Lock files, minified bundles and known binary formats: nothing a person wrote line by line.
    let isSkipped: Bool

    init(path: String) {
        self.path = path
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        let suffix = lower.split(separator: ".").count > 1 ? String(lower.split(separator: ".").last!) : ""
        kind = Self.kind(name: lower, suffix: suffix)
        let folders = path.lowercased().split(separator: "/").dropLast()
        isTest =
            folders.contains { Self.testFolders.contains(String($0)) }
            || lower.hasPrefix("test_") || lower.hasSuffix("_test.go") || lower.hasSuffix("_test.py")
            || lower.hasSuffix("_spec.rb") || lower.hasSuffix("test.java")
            || [".test.", ".spec."].contains { lower.contains($0) }
        isSkipped = Self.lockFiles.contains(lower) || lower.hasSuffix(".min.js") || Self.binarySuffixes.contains(suffix)
    }

    private static func kind(name: String, suffix: String) -> Kind {
        if name == "dockerfile" || name == "containerfile" || name.hasPrefix("dockerfile.") || suffix == "dockerfile" {
            return .dockerfile
        }
        switch suffix {
        case "sh", "bash": return .shell
        case "js", "mjs", "cjs", "jsx", "ts", "tsx": return .javascript
        case "py": return .python
        case "go": return .go
        case "rb", "erb", "rake": return .ruby
        case "php": return .php
        case "java", "kt": return .java
        default: return .other
        }
    }

    private static let testFolders: Set<String> = [
        "test", "tests", "spec", "specs", "__tests__", "testdata", "fixtures", "__fixtures__", "__mocks__",
    ]
    private static let lockFiles: Set<String> = [
        "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "go.sum", "cargo.lock", "poetry.lock", "gemfile.lock",
        "composer.lock", "pipfile.lock",
    ]
    private static let binarySuffixes: Set<String> = [
        "png", "jpg", "jpeg", "gif", "ico", "webp", "pdf", "zip", "gz", "tgz", "jar", "war", "class", "woff", "woff2",
        "ttf", "otf", "so", "dylib", "a", "o", "bin", "exe", "wasm", "mp3", "mp4",
    ]
}
