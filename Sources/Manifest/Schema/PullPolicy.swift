/// `spec.pull`: when an `image:` deployment pulls its image.
package enum PullPolicy: String, Sendable, Hashable, CaseIterable {
    case ifNotPresent
    case always
    case never
}
