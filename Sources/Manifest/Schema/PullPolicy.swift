/// `spec.pull`: when an `image:` deployment pulls its image.
public enum PullPolicy: String, Sendable, Hashable, CaseIterable {
    case ifNotPresent
    case always
    case never
}
