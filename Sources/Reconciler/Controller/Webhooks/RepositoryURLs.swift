import Drivers

/// The URLs a webhook gives for one repository (web page, https clone, ssh clone, git), to match against the config
/// repository's and the apps' `source.repo` whatever form those are written in.
package struct RepositoryURLs: Sendable, Hashable {
    /// As the forge sent them, empty ones left out.
    package let urls: [String]

    /// The URLs given, without nils, empty strings and repeats.
    package init(_ urls: [String?]) {
        var seen: Set<String> = []
        self.urls = urls.compactMap { $0 }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Whether `url` names the same repository as one of ``urls``: same host and path, whatever the scheme, user,
    /// port, letter case or `.git` suffix (`git@host:acme/web.git` matches `https://host/acme/web`).
    package func matches(_ url: String) -> Bool {
        guard let wanted = RemoteLocation(url)?.identity else { return urls.contains(url) }
        return urls.contains { RemoteLocation($0)?.identity == wanted }
    }
}
