import Manifest

/// A Ruby app on Bundler: Rails (`rails server`) or any Rack app (`rackup`).
struct RubyApp: StackApp, Hashable {
    static let stack = Stack.ruby
    static let lookedFor = "Gemfile or config.ru (ruby)"

    let rails: Bool
    let hasLock: Bool

    static func detect(in files: ProjectFiles) -> StackCandidate? {
        let gemfile = files.text("Gemfile")
        guard gemfile != nil || files.has("config.ru") else { return nil }
        let gems = PackageNames(lines: gemfile ?? "")
        let rails = gems.contains("rails")
        let rack = files.has("config.ru")
        var evidence: [String] = []
        if rails { evidence.append("rails in Gemfile") }
        if rack { evidence.append("config.ru (a Rack app)") }
        if evidence.isEmpty { evidence.append("Gemfile without rails or config.ru") }
        return RubyApp(rails: rails, hasLock: files.has("Gemfile.lock")).candidate(
            framework: rails ? "rails" : rack ? "rack" : nil, packageManager: gemfile != nil ? "bundler" : nil,
            rank: rails || rack ? .framework : .tooling, evidence: evidence, healthPath: rails ? "/up" : nil)
    }

    func dockerfile(images: StackImages) -> String {
        var text = DockerfileText(for: "ruby (\(rails ? "rails" : "rack"), bundler)")
        text.stage(images.base(.ruby, default: "ruby:3.3-slim"))
        text.add(
            "ENV BUNDLE_WITHOUT=development:test BUNDLE_DEPLOYMENT=\(hasLock ? "1" : "0")\(rails ? " RAILS_ENV=production" : "")",
            "WORKDIR /app", "COPY Gemfile \(hasLock ? "Gemfile.lock " : "")./", "RUN bundle install",
            "COPY --chown=\(DockerfileText.user) . .")
        text.serve(
            rails ? "bundle exec rails server -b 0.0.0.0 -p $PORT" : "bundle exec rackup -o 0.0.0.0 -p $PORT",
            healthPath: rails ? "/up" : nil)
        return text.text
    }
}
