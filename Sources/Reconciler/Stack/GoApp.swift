import Foundation
import Manifest

/// A Go module: built to a static binary in a Go stage, run on a slim image.
struct GoApp: StackApp, Hashable {
    static let stack = Stack.go
    static let lookedFor = "go.mod (go)"

    /// `vendor/` holds the modules: built with `-mod=vendor`, nothing downloaded.
    let vendored: Bool
    let hasSum: Bool

    static func detect(in files: ProjectFiles) -> StackCandidate? {
        guard let goMod = files.text("go.mod") else { return nil }
        let module = goMod.split(whereSeparator: \.isNewline).first { $0.hasPrefix("module ") }
            .map { String($0.dropFirst(7)).trimmingCharacters(in: .whitespaces) }
        let hasMain = !files.files(endingIn: ".go").isEmpty
        let framework = ["gin-gonic/gin": "gin", "labstack/echo": "echo", "gofiber/fiber": "fiber"]
            .sorted { $0.key < $1.key }.first { goMod.contains($0.key) }?.value
        var evidence = ["go.mod declares module \(module ?? "(unnamed)")"]
        if let framework { evidence.append("go.mod requires \(framework)") }
        if hasMain { evidence.append("Go files at the root") }
        let app = GoApp(vendored: files.hasDirectory("vendor"), hasSum: files.has("go.sum"))
        if app.vendored { evidence.append("vendor/ holds the modules") }
        return app.candidate(
            framework: framework, packageManager: "go modules",
            rank: hasMain || framework != nil ? .framework : .manifest,
            evidence: evidence)
    }

    func dockerfile(images: StackImages) -> String {
        var text = DockerfileText(for: "go")
        text.stage(images.base(.go, default: "golang:1.22"), as: "build")
        text.add("WORKDIR /src")
        if vendored {
            text.add("COPY . .", "RUN CGO_ENABLED=0 go build -mod=vendor -o /out/app .")
        } else {
            text.add(
                "COPY go.mod \(hasSum ? "go.sum " : "")./", "RUN go mod download", "COPY . .",
                "RUN CGO_ENABLED=0 go build -o /out/app .")
        }
        text.stage(images.runtime(.go, default: "debian:bookworm-slim"))
        text.add("COPY --from=build /out/app /usr/local/bin/app")
        text.serve("/usr/local/bin/app")
        return text.text
    }
}
