import Foundation
import Manifest

/// A PHP app with Composer: dependencies installed in a Composer stage, served by PHP's built-in server from
/// `public/` when there is one.
struct PHPApp: StackApp, Hashable {
    static let stack = Stack.php
    static let lookedFor = "composer.json (php)"

    let framework: String?
    let documentRoot: String
    let hasLock: Bool

    static func detect(in files: ProjectFiles) -> StackCandidate? {
        guard let text = files.text("composer.json") else { return nil }
        let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        let require = Set((object?["require"] as? [String: Any])?.keys ?? [:].keys)
        let framework = ["laravel/framework": "laravel", "symfony/framework-bundle": "symfony", "slim/slim": "slim"]
            .sorted { $0.key < $1.key }.first { require.contains($0.key) }?.value
        let documentRoot = files.hasDirectory("public") ? "public" : "."
        var evidence = ["composer.json" + (framework.map { " requires \($0)" } ?? "")]
        if documentRoot == "public" { evidence.append("public/ is the document root") }
        if files.has("index.php") { evidence.append("index.php at the root") }
        let runnable = framework != nil || documentRoot == "public" || files.has("index.php")
        return PHPApp(framework: framework, documentRoot: documentRoot, hasLock: files.has("composer.lock")).candidate(
            framework: framework, packageManager: "composer", rank: runnable ? .framework : .manifest,
            evidence: evidence)
    }

    func dockerfile(images: StackImages) -> String {
        var text = DockerfileText(for: "php (\(framework.map { "\($0), " } ?? "")composer)")
        text.stage(images.base(.php, default: "composer:2"), as: "vendor")
        text.add(
            "WORKDIR /app", "COPY composer.json \(hasLock ? "composer.lock " : "")./",
            "RUN composer install --no-dev --no-scripts --no-interaction --prefer-dist")
        text.stage(images.runtime(.php, default: "php:8.3-cli"))
        text.add("WORKDIR /app", "COPY . .", "COPY --from=vendor /app/vendor /app/vendor")
        text.serve("php -S 0.0.0.0:$PORT -t \(documentRoot)")
        return text.text
    }
}
