/// `registry` in the controller config: where berth pushes the images it builds when a swarm has more than one node,
/// so every node can pull them (DESIGN §13). The login is the `registries` entry of the same host, when there is one.
package struct ImageRegistry: Sendable, Hashable {
    /// `host[:port][/path]`, no scheme: `127.0.0.1:5000/berth`, `registry.example.com/acme`.
    package var url: String

    package init(url: String) {
        self.url = url
    }

    /// The registry's host (and port): the key of its login in `registries`.
    package var host: String {
        String(url.prefix { $0 != "/" })
    }

    /// The repository berth pushes deployment `name`'s images to: `127.0.0.1:5000/berth/web`.
    package func repository(for name: String) -> String {
        url + "/" + name
    }
}
