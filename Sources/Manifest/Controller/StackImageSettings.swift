/// `stacks.<stack>` in the controller config: the base images generated Dockerfiles use for one stack.
package struct StackImageSettings: Sendable, Hashable {
    /// The image the app is built (and, for stacks that do not compile, run) on; nil keeps berth's default.
    package let baseImage: String?
    /// The image a multi-stage build's last stage runs on; nil keeps berth's default.
    package let runtimeImage: String?

    package init(baseImage: String? = nil, runtimeImage: String? = nil) {
        self.baseImage = baseImage
        self.runtimeImage = runtimeImage
    }
}
