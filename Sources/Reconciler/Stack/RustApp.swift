import Manifest

/// A Rust crate: built with cargo in a release stage, the binary run on a slim image.
struct RustApp: StackApp, Hashable {
    static let stack = Stack.rust
    static let lookedFor = "Cargo.toml (rust)"

    let binary: String
    let hasLock: Bool

    static func detect(in files: ProjectFiles) -> StackCandidate? {
        guard let cargo = files.text("Cargo.toml") else { return nil }
        guard let name = TOMLValue.string("name", in: "package", of: cargo) else {
            return RustApp(binary: "app", hasLock: false).candidate(
                framework: nil, packageManager: "cargo", rank: .tooling,
                evidence: ["Cargo.toml has no [package] name (a workspace?)"])
        }
        let framework = ["actix-web", "axum", "rocket", "warp"].first { PackageNames(lines: cargo).contains($0) }
        var evidence = ["Cargo.toml names package \(name)"]
        if let framework { evidence.append("\(framework) in Cargo.toml dependencies") }
        return RustApp(binary: name, hasLock: files.has("Cargo.lock")).candidate(
            framework: framework, packageManager: "cargo", rank: framework != nil ? .framework : .manifest,
            evidence: evidence)
    }

    func dockerfile(images: StackImages) -> String {
        var text = DockerfileText(for: "rust")
        text.stage(images.base(.rust, default: "rust:1.79-slim"), as: "build")
        text.add(
            "WORKDIR /src",
            "COPY Cargo.toml \(hasLock ? "Cargo.lock " : "")./",
            "RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release && rm -rf src",
            "COPY . .",
            "RUN touch src/main.rs && cargo build --release")
        text.stage(images.runtime(.rust, default: "debian:bookworm-slim"))
        text.add("COPY --from=build /src/target/release/\(binary) /usr/local/bin/app")
        text.serve("/usr/local/bin/app")
        return text.text
    }
}
