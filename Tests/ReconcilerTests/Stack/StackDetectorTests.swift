import Manifest
import Reconciler
import Testing

/// One fixture per stack and framework: the root files and what detection must say about them.
struct StackFixture: Sendable, CustomTestStringConvertible {
    let files: [String: String]
    let stack: Stack
    let framework: String?
    let packageManager: String?
    let evidence: String

    var testDescription: String { "\(stack.rawValue) \(framework ?? packageManager ?? "")" }

    static let all: [StackFixture] = [
        StackFixture(
            files: [
                "package.json": #"{"scripts": {"start": "node server.js"}, "dependencies": {"express": "^4"}}"#,
                "package-lock.json": "{}", "server.js": "",
            ], stack: .node, framework: "express", packageManager: "npm",
            evidence: "package.json has a start script and express in dependencies"),
        StackFixture(
            files: [
                "package.json":
                    #"{"scripts": {"build": "next build", "start": "next start"}, "dependencies": {"next": "14", "react": "18"}}"#,
                "yarn.lock": "",
            ], stack: .node, framework: "nextjs", packageManager: "yarn",
            evidence: "package.json has next in dependencies"),
        StackFixture(
            files: [
                "package.json":
                    #"{"scripts": {"build": "react-scripts build", "start": "react-scripts start"}, "dependencies": {"react": "18", "react-scripts": "5"}}"#,
                "pnpm-lock.yaml": "",
            ], stack: .node, framework: "react", packageManager: "pnpm",
            evidence: "package.json has react and a build script (static output in build/)"),
        StackFixture(
            files: ["package.json": #"{"scripts": {"start": "node index.js"}}"#, "index.js": ""],
            stack: .node, framework: nil, packageManager: "npm", evidence: "package.json has a start script"),
        StackFixture(
            files: [
                "manage.py": #"os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")"#,
                "requirements.txt": "Django==5.0\ngunicorn\n",
            ], stack: .python, framework: "django", packageManager: "pip",
            evidence: "manage.py, django in requirements.txt"),
        StackFixture(
            files: ["requirements.txt": "flask==3.0.0\n", "app.py": "", "vendor/": ""],
            stack: .python, framework: "flask", packageManager: "pip", evidence: "flask in requirements.txt, app.py"),
        StackFixture(
            files: [
                "pyproject.toml": "[tool.poetry]\nname = \"api\"\n[tool.poetry.dependencies]\nfastapi = \"^0.110\"\n",
                "poetry.lock": "", "main.py": "",
            ], stack: .python, framework: "fastapi", packageManager: "poetry",
            evidence: "fastapi in pyproject.toml, main.py"),
        StackFixture(
            files: [
                "pyproject.toml": "[project]\nname = \"api\"\ndependencies = [\n  \"flask>=3\",\n]\n", "uv.lock": "",
                "wsgi.py": "",
            ], stack: .python, framework: "flask", packageManager: "uv", evidence: "uv.lock names uv"),
        StackFixture(
            files: ["go.mod": "module example.com/hello\n\ngo 1.22\n", "main.go": ""],
            stack: .go, framework: nil, packageManager: "go modules",
            evidence: "go.mod declares module example.com/hello"),
        StackFixture(
            files: ["Cargo.toml": "[package]\nname = \"hello\"\n[dependencies]\naxum = \"0.7\"\n", "Cargo.lock": ""],
            stack: .rust, framework: "axum", packageManager: "cargo", evidence: "Cargo.toml names package hello"),
        StackFixture(
            files: [
                "pom.xml": "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent></project>"
            ],
            stack: .java, framework: "spring-boot", packageManager: "maven", evidence: "pom.xml uses Spring Boot"),
        StackFixture(
            files: ["build.gradle.kts": "plugins { java }", "settings.gradle.kts": ""],
            stack: .java, framework: nil, packageManager: "gradle", evidence: "build.gradle.kts names gradle"),
        StackFixture(
            files: [
                "Gemfile": "source \"https://rubygems.org\"\ngem \"rails\", \"~> 7.1\"\n", "Gemfile.lock": "",
                "config.ru": "",
            ],
            stack: .ruby, framework: "rails", packageManager: "bundler", evidence: "rails in Gemfile"),
        StackFixture(
            files: ["Gemfile": "gem 'sinatra'\n", "config.ru": ""],
            stack: .ruby, framework: "rack", packageManager: "bundler", evidence: "config.ru (a Rack app)"),
        StackFixture(
            files: [#"composer.json"#: #"{"require": {"slim/slim": "^4"}}"#, "public/": ""],
            stack: .php, framework: "slim", packageManager: "composer", evidence: "composer.json requires slim"),
        StackFixture(
            files: ["Shop.csproj": #"<Project Sdk="Microsoft.NET.Sdk.Web"></Project>"#, "Program.cs": ""],
            stack: .dotnet, framework: "aspnetcore", packageManager: "dotnet",
            evidence: "Shop.csproj uses Microsoft.NET.Sdk.Web"),
        StackFixture(
            files: ["index.html": "<h1>hi</h1>", "style.css": ""],
            stack: .static, framework: nil, packageManager: nil, evidence: "index.html at the root"),
    ]
}

@Suite struct StackDetectorTests {
    @Test(arguments: StackFixture.all)
    func detectsEachStackWithItsEvidence(_ fixture: StackFixture) async throws {
        let detection = try await StackDetector().detect(in: InMemorySourceTree(fixture.files), path: "app")
        #expect(detection.chosen.stack == fixture.stack)
        #expect(detection.chosen.framework == fixture.framework)
        #expect(detection.chosen.packageManager == fixture.packageManager)
        #expect(detection.chosen.evidence.contains(fixture.evidence), "\(detection.chosen.evidence)")
        #expect(detection.passedOver.isEmpty)
    }

    @Test func aFrameworkOutranksAManifestForAssetsAndSaysSo() async throws {
        let tree = InMemorySourceTree([
            "manage.py": "", "requirements.txt": "django\n", "index.html": "",
            "package.json": #"{"devDependencies": {"sass": "1"}}"#,
        ])
        let detection = try await StackDetector().detect(in: tree, path: ".")
        #expect(detection.chosen.stack == .python)
        #expect(detection.passedOver.map(\.stack) == [.node])
        #expect(
            detection.reason
                == "python (manage.py, django in requirements.txt) over node (package.json only has devDependencies "
                + "for assets): a detected framework or app entry point outranks a manifest for tooling only")
    }

    @Test func aTieGoesToTheEarlierStackAndSaysSo() async throws {
        let tree = InMemorySourceTree(["go.mod": "module x\n", "Cargo.toml": "[package]\nname = \"x\"\n"])
        let detection = try await StackDetector().detect(in: tree, path: ".")
        #expect(detection.chosen.stack == .go)
        #expect(detection.passedOver.map(\.stack) == [.rust])
        #expect(
            detection.reason?.contains("both have a package manifest with dependencies; on a tie the earlier") == true)
    }

    @Test func nothingFoundListsWhatWasLookedFor() async throws {
        let tree = InMemorySourceTree(["README.md": "", "docs/": ""])
        let error = await #expect(throws: StackDetectionError.self) {
            try await StackDetector().detect(in: tree, path: "svc")
        }
        let text = "\(error!)"
        #expect(text.hasPrefix("no stack detected at svc: looked for package.json (node); requirements.txt"))
        for stack in Stack.allCases { #expect(text.contains("(\(stack.rawValue))"), "\(stack)") }
    }

    @Test func anAskedStackIsTheOnlyOneLookedFor() async throws {
        let tree = InMemorySourceTree(["index.html": "", "package.json": #"{"scripts": {"start": "node a.js"}}"#])
        let detection = try await StackDetector().detect(in: tree, path: ".", only: .static)
        #expect(detection.chosen.stack == .static)
        let error = await #expect(throws: StackDetectionError.self) {
            try await StackDetector().detect(in: tree, path: "web", only: .go)
        }
        #expect("\(error!)" == "spec.source.stack: go was asked for but web has no go.mod (go)")
    }
}
