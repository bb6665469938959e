/// What the static reviewer knows about a file from its path: its language, and whether it is test code.
struct ReviewedFile: Sendable {
    /// The kinds of file rules are written for.
    enum Kind: Sendable, Hashable {
        case dockerfile, shell, javascript, python, go, ruby, php, java, csharp, rust, swift
        /// Elixir and Erlang: code on the BEAM.
        case elixir
        /// A CI pipeline definition (`.github/workflows/*.yml`, `.gitlab-ci.yml`, …).
        case ci
        /// Configuration text: YAML, JSON, TOML, INI, `.properties`, `.env`, `.npmrc`, XML.
        case config
        /// Documentation: Markdown, reStructuredText, AsciiDoc. Prose that names risky code runs none of it, so only
        /// the secret checks read it.
        case prose
        case other
    }

    let path: String
    /// The last component of the path, lower-cased (`jenkinsfile`, `dockerfile.prod`).
    let lowercasedName: String
    let kind: Kind
    /// Test code or fixtures (`tests/`, `testdata/`, `*_test.go`, `test_*.py`, `*.spec.ts`, …): findings there
    /// are reported but lowered, since test keys and risky test helpers are what such files are for.
    let isTest: Bool
    /// Lock files, minified bundles and known binary formats: nothing a person wrote line by line.
    let isSkipped: Bool

    /// Whether the file, by its name, configures a test or a developer's environment: `config/test.toml`,
    /// `application-test.yml`, `.env.test`, `appsettings.Development.json`, `settings/local.py`.
    var configuresLocalEnvironment: Bool {
        lowercasedName.split { $0 == "." || $0 == "-" || $0 == "_" }.contains { Self.localEnvironments.contains($0) }
    }

    private static let localEnvironments: Set<Substring> = ["test", "testing", "local", "development", "dev"]

    /// The languages whose string literals must be quoted: a bare word after `=` there is a name, not a value.
    static let code: Set<Kind> = [.javascript, .python, .go, .ruby, .php, .java, .csharp, .rust, .swift, .elixir]

    init(path: String) {
        self.path = path
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        lowercasedName = lower
        let suffix = lower.split(separator: ".").count > 1 ? String(lower.split(separator: ".").last!) : ""
        kind = Self.kind(path: path.lowercased(), name: lower, suffix: suffix)
        let folders = path.lowercased().split(separator: "/").dropLast()
        isTest =
            folders.contains { Self.testFolders.contains(String($0)) }
            || lower.hasPrefix("test_") && suffix == "py" || lower.hasSuffix("_test.go") || lower.hasSuffix("_test.py")
            || lower.hasSuffix("_spec.rb") || lower.hasSuffix("test.java") || lower.hasSuffix("tests.cs")
            || [".test.", ".spec."].contains { lower.contains($0) }
        isSkipped = Self.lockFiles.contains(lower) || lower.hasSuffix(".min.js") || Self.binarySuffixes.contains(suffix)
    }

    private static func kind(path: String, name: String, suffix: String) -> Kind {
        if name == "dockerfile" || name == "containerfile" || name.hasPrefix("dockerfile.") || suffix == "dockerfile" {
            return .dockerfile
        }
        if isCI(path: path, name: name, suffix: suffix) { return .ci }
        if name == ".env" || name.hasPrefix(".env.") || name == ".npmrc" || name == ".pypirc" || name == ".netrc" {
            return .config
        }
        switch suffix {
        case "sh", "bash", "zsh": return .shell
        case "js", "mjs", "cjs", "jsx", "ts", "tsx": return .javascript
        case "py": return .python
        case "go": return .go
        case "rb", "erb", "rake": return .ruby
        case "php": return .php
        case "java", "kt", "kts", "scala", "groovy": return .java
        case "cs": return .csharp
        case "rs": return .rust
        case "swift": return .swift
        case "ex", "exs", "erl", "hrl": return .elixir
        case "yaml", "yml", "json", "toml", "ini", "cfg", "conf", "properties", "env", "xml", "tfvars", "hcl":
            return .config
        case "md", "markdown", "mdx", "rst", "adoc": return .prose
        default: return .other
        }
    }

    /// `.github/workflows/*.yml`, `.gitlab-ci.yml`, `.circleci/config.yml`, `Jenkinsfile`, and the other CI
    /// systems' pipeline files, with the steps they take in: GitHub's composite actions (`action.yml`) and GitLab's
    /// included files under `.gitlab/ci/`.
    private static func isCI(path: String, name: String, suffix: String) -> Bool {
        if name == "jenkinsfile" || ciFileNames.contains(name) { return true }
        guard suffix == "yml" || suffix == "yaml" else { return false }
        return ciFolders.contains { path.hasPrefix($0) || path.contains("/" + $0) }
    }

    private static let ciFileNames: Set<String> = [
        ".gitlab-ci.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml", ".travis.yml", ".drone.yml",
        "cloudbuild.yaml", "cloudbuild.yml", ".woodpecker.yml", "appveyor.yml", "action.yml", "action.yaml",
    ]
    private static let ciFolders = [
        ".github/workflows/", ".circleci/", ".buildkite/", ".woodpecker/", ".gitea/workflows/", ".forgejo/workflows/",
        ".gitlab/ci/",
    ]

    /// Folders of tests and of the code only tests import (helpers, mocks, end-to-end suites).
    private static let testFolders: Set<String> = [
        "test", "tests", "spec", "specs", "__tests__", "testdata", "fixtures", "__fixtures__", "__mocks__", "mocks",
        "testutil", "testutils", "testhelper", "testhelpers", "test_helpers", "test-helpers", "testsupport",
        "test_support", "test-support", "testing", "e2e", "integration_tests", "integration-tests",
    ]
    private static let lockFiles: Set<String> = [
        "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "go.sum", "cargo.lock", "poetry.lock", "gemfile.lock",
        "composer.lock", "pipfile.lock", "packages.lock.json",
    ]
    private static let binarySuffixes: Set<String> = [
        "png", "jpg", "jpeg", "gif", "ico", "webp", "pdf", "zip", "gz", "tgz", "jar", "war", "class", "woff", "woff2",
        "ttf", "otf", "so", "dylib", "a", "o", "bin", "exe", "wasm", "mp3", "mp4",
    ]
}
