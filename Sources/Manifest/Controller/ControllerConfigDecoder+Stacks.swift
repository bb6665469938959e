import Yams

extension ControllerConfigDecoder {
    static let stackFields = FieldSet("baseImage", "runtimeImage")

    /// `stacks: {python: {baseImage: python:3.12-slim}}`: each key a stack berth detects, each entry the images
    /// generated Dockerfiles for it build and run on.
    func decodeStacks(_ node: Node) -> [Stack: StackImageSettings] {
        let byName = namedEntries(
            node, "stacks",
            keyProblem: { key in
                Stack(rawValue: key) == nil
                    ? "\(Shown.quoted(key)) is not a stack (\(Shown.choices(Stack.allCases.map(\.rawValue))))" : nil
            },
            decode: decodeStack)
        return Dictionary(
            uniqueKeysWithValues: byName.compactMap { key, value in Stack(rawValue: key).map { ($0, value) } })
    }

    private func decodeStack(_ node: Node, path: String) -> StackImageSettings? {
        guard let fields = reader.mapping(node, path, Self.stackFields) else { return nil }
        let baseImage = fields["baseImage"].flatMap { image($0, fields.path("baseImage")) }
        let runtimeImage = fields["runtimeImage"].flatMap { image($0, fields.path("runtimeImage")) }
        return StackImageSettings(baseImage: baseImage, runtimeImage: runtimeImage)
    }

    private func image(_ node: Node, _ path: String) -> String? {
        guard let image = reader.string(node, path) else { return nil }
        guard ImageReference.isValid(image) else {
            sink.report(node, path, "\(Shown.quoted(image)) is not an image reference (\(ImageReference.help))")
            return nil
        }
        return image
    }
}
