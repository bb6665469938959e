/// The controller's `limits` section (DESIGN §14): guardrails on builds and what runs keep. Controller-only, so a
/// pull request on the config repository cannot raise them; a manifest's `build.timeout` is capped by
/// ``buildTimeout``.
package struct BuildLimits: Sendable, Hashable {
    /// `limits.buildTimeout`: the longest a build may run, whatever `build.timeout` asks. Default: 10 minutes.
    package var buildTimeout: Duration
    /// `limits.contextBytes`: the largest build context (the tar streamed from git) berth sends; nil for no limit.
    package var contextBytes: Int?
    /// `limits.repoBytes`: the largest app repository mirror berth builds from; nil for no limit.
    package var repoBytes: Int?
    /// `limits.logBytes`: how much of its log a run keeps (the tail); default 16 MiB.
    package var logBytes: Int

    package init(
        buildTimeout: Duration = .seconds(10 * 60), contextBytes: Int? = nil, repoBytes: Int? = nil,
        logBytes: Int = 16 << 20
    ) {
        self.buildTimeout = buildTimeout
        self.contextBytes = contextBytes
        self.repoBytes = repoBytes
        self.logBytes = logBytes
    }

    /// `{buildTimeout: 10m, logBytes: 16Mi}`, no size limits.
    package static let `default` = BuildLimits()

    /// How long a build asking for `requested` may run: the shorter of it and ``buildTimeout``, with the setting
    /// that set it (`build.timeout` or `limits.buildTimeout`) for messages.
    package func buildTimeout(requested: Duration) -> (limit: Duration, setting: String) {
        requested <= buildTimeout ? (requested, "build.timeout") : (buildTimeout, "limits.buildTimeout")
    }
}
