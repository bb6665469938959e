import Manifest

/// A static site: an `index.html` at the root and no other stack, served by busybox httpd.
struct StaticSite: StackApp, Hashable {
    static let stack = Stack.static
    static let lookedFor = "index.html (static)"

    static func detect(in files: ProjectFiles) -> StackCandidate? {
        guard files.has("index.html") else { return nil }
        return StaticSite().candidate(
            framework: nil, packageManager: nil, rank: .files, evidence: ["index.html at the root"], healthPath: "/")
    }

    func dockerfile(images: StackImages) -> String {
        var text = DockerfileText(for: "a static site")
        text.stage(images.staticServer)
        text.add("COPY . /srv/www")
        text.serve("httpd -f -p \"$PORT\" -h /srv/www", healthPath: "/")
        return text.text
    }
}
