package import Manifest

/// The base images generated Dockerfiles use: the controller config's `stacks` map over berth's public defaults.
package struct StackImages: Sendable, Hashable {
    private let settings: [Stack: StackImageSettings]

    /// - Parameter settings: `stacks` from the controller config; stacks and fields left out keep the defaults.
    package init(_ settings: [Stack: StackImageSettings] = [:]) {
        self.settings = settings
    }

    /// The image `stack` builds (or, when it does not compile, runs) on: configured, else `defaultImage`.
    func base(_ stack: Stack, default defaultImage: String) -> String {
        settings[stack]?.baseImage ?? defaultImage
    }

    /// The image a multi-stage build of `stack` runs on: configured, else `defaultImage`.
    func runtime(_ stack: Stack, default defaultImage: String) -> String {
        settings[stack]?.runtimeImage ?? defaultImage
    }

    /// The image static files are served from (`stacks.static.baseImage`, default `busybox`).
    var staticServer: String { base(.static, default: "busybox:1.36") }
}
