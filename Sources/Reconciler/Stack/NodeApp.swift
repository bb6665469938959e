import Manifest

/// A Node.js app: npm, yarn or pnpm by lockfile; Express, Next.js or a React static build among them.
struct NodeApp: StackApp, Hashable {
    enum Kind: Hashable {
        /// A server: Express, or any package with a start script or a server file.
        case server(command: String)
        /// Next.js: built, then `next start`.
        case next
        /// A React app built to static files (`output`) served by the static server.
        case reactStatic(output: String)
    }

    static let stack = Stack.node
    static let lookedFor = "package.json (node)"

    let kind: Kind
    let packageManager: String
    let lockfile: String?
    let hasBuildScript: Bool
    /// `node_modules` is committed: used as it is, nothing installed (builds reach no registry).
    let vendored: Bool

    static func detect(in files: ProjectFiles) -> StackCandidate? {
        guard let text = files.text("package.json") else { return nil }
        guard let package = PackageJSON(text) else {
            return NodeApp(
                kind: .server(command: "node index.js"), packageManager: "npm", lockfile: nil, hasBuildScript: false,
                vendored: false
            ).candidate(framework: nil, packageManager: "npm", rank: .tooling, evidence: ["package.json is not JSON"])
        }
        let (manager, lockfile) = packageManager(in: files)
        var evidence = lockfile.map { ["\($0) names \(manager)"] } ?? []
        let start = package.scripts["start"]
        let build = package.scripts["build"]
        let kind: Kind
        let framework: String?
        let rank: StackRank
        if package.dependencies.contains("next") {
            kind = .next
            framework = "nextjs"
            rank = .framework
            evidence.insert("package.json has next in dependencies", at: 0)
        } else if package.dependencies.contains("express") {
            kind = .server(command: serverCommand(start: start, package: package, files: files, manager: manager))
            framework = "express"
            rank = .framework
            evidence.insert(
                start == nil
                    ? "package.json has express in dependencies"
                    : "package.json has a start script and express in dependencies", at: 0)
        } else if package.uses("react"), build != nil, start == nil || isDevServer(start!) {
            let output = package.uses("vite") ? "dist" : "build"
            kind = .reactStatic(output: output)
            framework = "react"
            rank = .framework
            evidence.insert("package.json has react and a build script (static output in \(output)/)", at: 0)
        } else if start != nil || serverFile(package: package, files: files) != nil {
            kind = .server(command: serverCommand(start: start, package: package, files: files, manager: manager))
            framework = nil
            rank = .manifest
            evidence.insert(
                start != nil ? "package.json has a start script" : "package.json and \(kind.commandFile ?? "")", at: 0)
        } else {
            kind = .server(command: "node index.js")
            framework = nil
            rank = .tooling
            evidence.insert(
                package.dependencies.isEmpty && !package.devDependencies.isEmpty
                    ? "package.json only has devDependencies for assets"
                    : "package.json has no start script and no server file", at: 0)
        }
        let app = NodeApp(
            kind: kind, packageManager: manager, lockfile: lockfile, hasBuildScript: build != nil,
            vendored: files.hasDirectory("node_modules"))
        if app.vendored { evidence.append("node_modules is committed (used as is, nothing installed)") }
        return app.candidate(framework: framework, packageManager: manager, rank: rank, evidence: evidence)
    }

    private static func packageManager(in files: ProjectFiles) -> (String, String?) {
        if files.has("pnpm-lock.yaml") { return ("pnpm", "pnpm-lock.yaml") }
        if files.has("yarn.lock") { return ("yarn", "yarn.lock") }
        if files.has("package-lock.json") { return ("npm", "package-lock.json") }
        return ("npm", nil)
    }

    private static func isDevServer(_ script: String) -> Bool {
        ["react-scripts start", "vite", "webpack serve", "parcel"].contains { script.hasPrefix($0) }
    }

    private static func serverFile(package: PackageJSON, files: ProjectFiles) -> String? {
        if let main = package.main, files.has(main) { return main }
        return files.first(of: ["server.js", "app.js", "index.js", "main.js"])
    }

    /// A `node ...` start script runs as it is; another start script through the package manager; else the file.
    private static func serverCommand(
        start: String?, package: PackageJSON, files: ProjectFiles, manager: String
    ) -> String {
        if let start {
            let plain = start.hasPrefix("node ") && !start.contains { "&|;$`<>".contains($0) }
            return plain ? start : "\(manager) start"
        }
        return "node \(serverFile(package: package, files: files) ?? "index.js")"
    }

    func dockerfile(images: StackImages) -> String {
        let base = images.base(.node, default: "node:20-slim")
        var text = DockerfileText(for: title)
        switch kind {
        case .server(let command) where !hasBuildScript:
            text.stage(base)
            text.add("ENV NODE_ENV=production", "WORKDIR /app")
            install(into: &text, production: true)
            text.add("COPY . .")
            text.serve(command)
        case .server(let command):
            build(into: &text, on: base)
            text.stage(images.runtime(.node, default: base))
            text.add("ENV NODE_ENV=production", "WORKDIR /app", "COPY --from=build /app /app")
            text.serve(command)
        case .next:
            build(into: &text, on: base)
            text.stage(images.runtime(.node, default: base))
            text.add("ENV NODE_ENV=production", "WORKDIR /app", "COPY --from=build /app /app")
            text.serve("node_modules/.bin/next start -H 0.0.0.0 -p \"$PORT\"")
        case .reactStatic(let output):
            build(into: &text, on: base)
            text.stage(images.staticServer)
            text.add("COPY --from=build /app/\(output) /srv/www")
            text.serve("httpd -f -p \"$PORT\" -h /srv/www", healthPath: "/")
        }
        return text.text
    }

    private var title: String {
        switch kind {
        case .server: "node (\(packageManager))"
        case .next: "node (nextjs, \(packageManager))"
        case .reactStatic: "node (react static build, \(packageManager))"
        }
    }

    /// The build stage: every dependency, the source, the build script.
    private func build(into text: inout DockerfileText, on base: String) {
        text.stage(base, as: "build")
        text.add("WORKDIR /app")
        install(into: &text, production: false)
        text.add("COPY . .", "RUN \(packageManager) run build")
    }

    /// Copies the manifests before the source so the install layer is cached; nothing when node_modules is
    /// committed.
    private func install(into text: inout DockerfileText, production: Bool) {
        guard !vendored else { return }
        text.add("COPY package.json \(lockfile.map { "\($0) " } ?? "")./")
        switch (packageManager, lockfile != nil) {
        case ("pnpm", _):
            text.add("RUN corepack enable && pnpm install --frozen-lockfile\(production ? " --prod" : "")")
        case ("yarn", _):
            text.add("RUN corepack enable && yarn install --frozen-lockfile\(production ? " --production" : "")")
        case (_, true):
            text.add("RUN npm ci\(production ? " --omit=dev" : "")")
        default:
            text.add("RUN npm install\(production ? " --omit=dev" : "")")
        }
    }
}

extension NodeApp.Kind {
    /// The file a `node FILE` command runs.
    var commandFile: String? {
        guard case .server(let command) = self, command.hasPrefix("node ") else { return nil }
        return String(command.dropFirst(5))
    }
}
