import Foundation
import Manifest
import Reconciler
import Testing

/// The key lines each stack's generated Dockerfile must hold: base images, manifests copied before the source,
/// the build stage where the stack compiles, the non-root user and the command told `PORT`.
struct DockerfileExpectation: Sendable, CustomTestStringConvertible {
    let name: String
    let files: [String: String]
    /// Lines that must appear, in this order (other lines may sit between them).
    let lines: [String]

    var testDescription: String { name }

    static let all: [DockerfileExpectation] = [
        DockerfileExpectation(
            name: "express",
            files: [
                "package.json": #"{"scripts": {"start": "node server.js"}, "dependencies": {"express": "^4"}}"#,
                "package-lock.json": "{}",
            ],
            lines: [
                "FROM node:20-slim", "COPY package.json package-lock.json ./", "RUN npm ci --omit=dev", "COPY . .",
                "ENV PORT=8080", "USER 10001:10001", #"CMD ["sh", "-c", "exec node server.js"]"#,
            ]),
        DockerfileExpectation(
            name: "express with node_modules committed",
            files: [
                "package.json": #"{"scripts": {"start": "node server.js"}, "dependencies": {"express": "^4"}}"#,
                "node_modules/": "",
            ],
            lines: ["FROM node:20-slim", "WORKDIR /app", "COPY . .", #"CMD ["sh", "-c", "exec node server.js"]"#]),
        DockerfileExpectation(
            name: "node with a build script",
            files: [
                "package.json":
                    #"{"scripts": {"build": "tsc", "start": "node dist/main.js"}, "dependencies": {"pg": "8"}}"#,
                "yarn.lock": "",
            ],
            lines: [
                "FROM node:20-slim AS build", "COPY package.json yarn.lock ./",
                "RUN corepack enable && yarn install --frozen-lockfile", "COPY . .", "RUN yarn run build",
                "FROM node:20-slim", "COPY --from=build /app /app", #"CMD ["sh", "-c", "exec node dist/main.js"]"#,
            ]),
        DockerfileExpectation(
            name: "nextjs",
            files: ["package.json": #"{"scripts": {"build": "next build"}, "dependencies": {"next": "14"}}"#],
            lines: [
                "FROM node:20-slim AS build", "RUN npm install", "RUN npm run build", "COPY --from=build /app /app",
                #"CMD ["sh", "-c", "exec node_modules/.bin/next start -H 0.0.0.0 -p \"$PORT\""]"#,
            ]),
        DockerfileExpectation(
            name: "react static build",
            files: [
                "package.json":
                    #"{"scripts": {"build": "vite build", "dev": "vite"}, "dependencies": {"react": "18"}, "devDependencies": {"vite": "5"}}"#,
                "pnpm-lock.yaml": "",
            ],
            lines: [
                "FROM node:20-slim AS build", "COPY package.json pnpm-lock.yaml ./",
                "RUN corepack enable && pnpm install --frozen-lockfile", "RUN pnpm run build", "FROM busybox:1.36",
                "COPY --from=build /app/dist /srv/www", "# health: GET / answers when the app is up",
                #"CMD ["sh", "-c", "exec httpd -f -p \"$PORT\" -h /srv/www"]"#,
            ]),
        DockerfileExpectation(
            name: "flask vendored",
            files: ["requirements.txt": "flask\n", "app.py": "", "vendor/": ""],
            lines: [
                "FROM python:3.12-slim", "RUN python3 -m venv /opt/venv", "COPY requirements.txt ./",
                "COPY vendor ./vendor",
                "RUN pip install --no-cache-dir --no-index --find-links vendor -r requirements.txt",
                "COPY . .", "USER 10001:10001",
                #"CMD ["sh", "-c", "exec python3 -m flask --app app run --host 0.0.0.0 --port $PORT"]"#,
            ]),
        DockerfileExpectation(
            name: "django with gunicorn",
            files: [
                "manage.py": #"os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")"#,
                "requirements.txt": "django\ngunicorn\n",
            ],
            lines: [
                "COPY requirements.txt ./", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .",
                #"CMD ["sh", "-c", "exec gunicorn --bind 0.0.0.0:$PORT shop.wsgi"]"#,
            ]),
        DockerfileExpectation(
            name: "flask from pyproject with pip",
            files: ["pyproject.toml": "[project]\ndependencies = [\"flask\"]\n", "app.py": ""],
            lines: ["RUN python3 -m venv /opt/venv", "COPY . .", "RUN pip install --no-cache-dir ."]),
        DockerfileExpectation(
            name: "fastapi with poetry",
            files: ["pyproject.toml": "[tool.poetry.dependencies]\nfastapi = \"*\"\n", "main.py": ""],
            lines: [
                "COPY pyproject.toml poetry.lock* ./", "poetry install --only main --no-root", "COPY . .",
                #"CMD ["sh", "-c", "exec uvicorn main:app --host 0.0.0.0 --port $PORT"]"#,
            ]),
        DockerfileExpectation(
            name: "flask with uv",
            files: [
                "pyproject.toml": "[project]\ndependencies = [\"flask\", \"gunicorn\"]\n", "uv.lock": "", "app.py": "",
            ],
            lines: [
                "COPY pyproject.toml uv.lock ./", "uv sync --frozen --no-dev", "COPY . .",
                #"CMD ["sh", "-c", "exec gunicorn --bind 0.0.0.0:$PORT app:app"]"#,
            ]),
        DockerfileExpectation(
            name: "go",
            files: ["go.mod": "module example.com/hello\n", "go.sum": "", "main.go": ""],
            lines: [
                "FROM golang:1.22 AS build", "COPY go.mod go.sum ./", "RUN go mod download", "COPY . .",
                "RUN CGO_ENABLED=0 go build -o /out/app .", "FROM debian:bookworm-slim",
                "COPY --from=build /out/app /usr/local/bin/app", "USER 10001:10001",
                #"CMD ["sh", "-c", "exec /usr/local/bin/app"]"#,
            ]),
        DockerfileExpectation(
            name: "rust",
            files: ["Cargo.toml": "[package]\nname = \"hello\"\n", "Cargo.lock": ""],
            lines: [
                "FROM rust:1.79-slim AS build", "COPY Cargo.toml Cargo.lock ./", "COPY . .",
                "COPY --from=build /src/target/release/hello /usr/local/bin/app",
            ]),
        DockerfileExpectation(
            name: "spring boot with maven",
            files: ["pom.xml": "<project>spring-boot-starter-web spring-boot-starter-actuator</project>"],
            lines: [
                "FROM maven:3.9-eclipse-temurin-21 AS build", "COPY pom.xml ./", "RUN mvn -B -q dependency:go-offline",
                "COPY . .", "FROM eclipse-temurin:21-jre", "COPY --from=build /app.jar /app/app.jar",
                #"CMD ["sh", "-c", "exec java -Dserver.port=$PORT -jar /app/app.jar"]"#,
            ]),
        DockerfileExpectation(
            name: "gradle",
            files: ["build.gradle": "plugins { id 'java' }", "settings.gradle": ""],
            lines: [
                "FROM gradle:8-jdk21 AS build", "COPY build.gradle settings.gradle ./", "COPY . .",
                "FROM eclipse-temurin:21-jre",
            ]),
        DockerfileExpectation(
            name: "rails",
            files: ["Gemfile": "gem \"rails\"\n", "Gemfile.lock": ""],
            lines: [
                "FROM ruby:3.3-slim", "COPY Gemfile Gemfile.lock ./", "RUN bundle install",
                "COPY --chown=10001:10001 . .", "# health: GET /up answers when the app is up",
                #"CMD ["sh", "-c", "exec bundle exec rails server -b 0.0.0.0 -p $PORT"]"#,
            ]),
        DockerfileExpectation(
            name: "rack",
            files: ["Gemfile": "gem 'sinatra'\n", "config.ru": ""],
            lines: [
                "COPY Gemfile ./", #"CMD ["sh", "-c", "exec bundle exec rackup -o 0.0.0.0 -p $PORT"]"#,
            ]),
        DockerfileExpectation(
            name: "php",
            files: [
                "composer.json": #"{"require": {"laravel/framework": "^11"}}"#, "composer.lock": "", "public/": "",
            ],
            lines: [
                "FROM composer:2 AS vendor", "COPY composer.json composer.lock ./", "RUN composer install --no-dev",
                "FROM php:8.3-cli", "COPY . .", "COPY --from=vendor /app/vendor /app/vendor",
                #"CMD ["sh", "-c", "exec php -S 0.0.0.0:$PORT -t public"]"#,
            ]),
        DockerfileExpectation(
            name: "dotnet",
            files: ["Shop.csproj": #"<Project Sdk="Microsoft.NET.Sdk.Web"></Project>"#],
            lines: [
                "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build", "COPY Shop.csproj ./",
                "RUN dotnet restore Shop.csproj",
                "COPY . .", "FROM mcr.microsoft.com/dotnet/aspnet:8.0", "COPY --from=build /out ./",
                #"CMD ["sh", "-c", "exec env ASPNETCORE_URLS=http://0.0.0.0:$PORT dotnet Shop.dll"]"#,
            ]),
        DockerfileExpectation(
            name: "static",
            files: ["index.html": ""],
            lines: [
                "FROM busybox:1.36", "COPY . /srv/www", "ENV PORT=8080", "USER 10001:10001",
                #"CMD ["sh", "-c", "exec httpd -f -p \"$PORT\" -h /srv/www"]"#,
            ]),
    ]
}

@Suite struct GeneratedDockerfileTests {
    @Test(arguments: DockerfileExpectation.all)
    func holdsTheKeyLinesInOrder(_ expectation: DockerfileExpectation) async throws {
        let detection = try await detected(expectation.files)
        let text = detection.dockerfile(images: StackImages())
        var rest = Substring(text)
        for line in expectation.lines {
            guard let found = rest.range(of: line) else {
                Issue.record("missing or out of order: \(line)\n\(text)")
                return
            }
            rest = rest[found.upperBound...]
        }
        #expect(text.hasPrefix("# Generated by berth for "))
    }

    @Test(arguments: Stack.allCases)
    func everyStackRunsAsNonRootAndIsToldItsPort(_ stack: Stack) async throws {
        var covered = 0
        for expectation in DockerfileExpectation.all {
            let detection = try await detected(expectation.files)
            guard detection.chosen.stack == stack else { continue }
            covered += 1
            let text = detection.dockerfile(images: StackImages())
            #expect(text.contains("\nUSER 10001:10001\n"), "\(expectation.name)")
            #expect(text.contains("\nENV PORT=8080\n"), "\(expectation.name)")
            #expect(text.components(separatedBy: "\nCMD ").count == 2, "one command: \(expectation.name)")
        }
        #expect(covered > 0, "no expectation covers \(stack)")
    }

    @Test func configuredImagesReplaceTheDefaults() async throws {
        let images = StackImages([
            .python: StackImageSettings(baseImage: "berth-test/python:3"),
            .go: StackImageSettings(baseImage: "golang:1.23", runtimeImage: "gcr.io/distroless/static"),
            .static: StackImageSettings(baseImage: "berth-test/busybox:1"),
        ])
        let python = try await detected(["requirements.txt": "flask\n", "app.py": ""])
        #expect(python.dockerfile(images: images).contains("\nFROM berth-test/python:3\n"))
        let go = try await detected(["go.mod": "module x\n", "main.go": ""]).dockerfile(images: images)
        #expect(go.contains("\nFROM golang:1.23 AS build\n") && go.contains("\nFROM gcr.io/distroless/static\n"))
        let react = try await detected([
            "package.json": #"{"scripts": {"build": "react-scripts build"}, "dependencies": {"react": "18"}}"#
        ])
        #expect(react.dockerfile(images: images).contains("\nFROM berth-test/busybox:1\n"))
    }
}

/// Detection over an in-memory root holding `files`.
private func detected(_ files: [String: String]) async throws -> StackDetection {
    try await StackDetector().detect(in: InMemorySourceTree(files), path: ".")
}
