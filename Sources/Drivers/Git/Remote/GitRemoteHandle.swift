internal import CGit2

/// Owns one `git_remote*` with the callback context its calls use; keeps its repository open.
/// Blocking: use it only on a thread of its own (see ``DedicatedThread``).
final class GitRemoteHandle {
    /// One reference as the remote advertised it.
    struct Advertised {
        let name: String
        let oid: git_oid
    }

    let pointer: OpaquePointer
    let repository: GitRepositoryHandle?
    let context: RemoteCallbackContext

    private init(pointer: OpaquePointer, repository: GitRepositoryHandle?, context: RemoteCallbackContext) {
        self.pointer = pointer
        self.repository = repository
        self.context = context
    }

    deinit {
        git_remote_free(pointer)
    }

    /// A remote outside any repository, for listing its references.
    static func detached(_ remote: GitRemote, cancellation: CancellationFlag) throws -> GitRemoteHandle {
        LibGit2.ensureInitialized()
        var pointer: OpaquePointer?
        try GitError.check(
            git_remote_create_detached(&pointer, remote.url), "use remote \(remote)", url: remote.description)
        return GitRemoteHandle(
            pointer: pointer!, repository: nil,
            context: RemoteCallbackContext(remote: remote, cancellation: cancellation))
    }

    /// An unnamed remote of `repository` (nothing is written to its config), reaching exactly `remote.url` as
    /// ``detached(_:cancellation:)`` does: `url.<base>.insteadOf` rules in git config are not applied.
    ///
    /// Not `git_remote_create_anonymous`, which applies them: libgit2 1.5 (Debian 12) matches every config entry
    /// against `url\..*\.insteadof` and leaks its PCRE2 match data for each entry that does not match (fixed
    /// upstream in libgit2 #6382), some 35 kB per remote, so every mirror sync of `berth run` grew its heap.
    static func anonymous(
        _ remote: GitRemote, in repository: GitRepositoryHandle, cancellation: CancellationFlag
    ) throws -> GitRemoteHandle {
        var options = git_remote_create_options()
        try GitError.check(
            git_remote_create_options_init(&options, UInt32(GIT_REMOTE_CREATE_OPTIONS_VERSION)), "use remote \(remote)")
        options.repository = repository.pointer
        options.flags = GIT_REMOTE_CREATE_SKIP_INSTEADOF.rawValue
        var pointer: OpaquePointer?
        try GitError.check(
            git_remote_create_with_opts(&pointer, remote.url, &options), "use remote \(remote)",
            url: remote.description)
        return GitRemoteHandle(
            pointer: pointer!, repository: repository,
            context: RemoteCallbackContext(remote: remote, cancellation: cancellation))
    }

    /// Connects for fetching and returns every reference the remote advertises.
    func connectAndList() throws -> [Advertised] {
        var options = berth_git_remote_connect_options_init()
        context.install(into: &options.callbacks)
        try GitError.check(
            git_remote_connect_ext(pointer, GIT_DIRECTION_FETCH, &options), "connect to \(context.remote)",
            url: context.remote.description, carried: context.carrier)
        var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
        var count = 0
        try GitError.check(
            git_remote_ls(&heads, &count, pointer), "list references of \(context.remote)",
            url: context.remote.description)
        return (0..<count).map { index in
            let head = heads![index]!.pointee
            return Advertised(name: String(cString: head.name), oid: head.oid)
        }
    }

    /// Fetches `refspecs` (reusing the connection when one is open), optionally pruning refs the remote dropped.
    func fetch(refspecs: [String], prune: Bool) throws {
        var options = berth_git_fetch_options_init()
        context.install(into: &options.callbacks)
        options.prune = prune ? GIT_FETCH_PRUNE : GIT_FETCH_NO_PRUNE
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        try CStringArray.with(refspecs) { specs in
            var specs = specs
            try GitError.check(
                git_remote_fetch(pointer, &specs, &options, "berth fetch"), "fetch \(context.remote)",
                url: context.remote.description, carried: context.carrier)
        }
    }

    /// Pushes `refspecs`; a reference the remote refuses is an error naming it.
    func push(refspecs: [String]) throws {
        var options = berth_git_push_options_init()
        context.install(into: &options.callbacks)
        try CStringArray.with(refspecs) { specs in
            var specs = specs
            try GitError.check(
                git_remote_push(pointer, &specs, &options), "push to \(context.remote)",
                url: context.remote.description, carried: context.carrier)
        }
        if !context.pushRejections.isEmpty {
            throw GitError(
                .pushRejected, operation: "push to \(context.remote)",
                message: context.pushRejections.joined(separator: "; "), url: context.remote.description)
        }
    }
}
