package import Manifest

/// A pull the resolve stage of an `image:` deployment's rollout makes before anything else: every rollout of
/// `pull: always`, and `pull: ifNotPresent` while the engine lacks the image. The pass that planned it asked the
/// registry for the reference already, so a missing tag or an unreachable registry is reported at plan time.
package struct ImagePull: Sendable, Hashable, CustomStringConvertible {
    /// The manifest's `spec.image`.
    package let reference: String
    /// The registry host the image comes from (`docker.io` when the reference names none).
    package let registry: String
    package let policy: PullPolicy
    /// The manifest digest the registry held for ``reference`` when the pass asked.
    package let digest: String
    /// Whether the engine held the image of that digest already (`pull: always` pulls it anyway).
    package let upToDate: Bool

    /// `pulls 127.0.0.1:5000/team/app:1 from 127.0.0.1:5000 (pull: ifNotPresent, not on the engine; registry
    /// digest sha256:b4fa52cedb76)`.
    package var description: String {
        let why =
            switch (policy, upToDate) {
            case (.always, true): "the engine holds that digest already"
            case (.always, false): "a newer digest"
            default: "not on the engine"
            }
        return "pulls \(reference) from \(registry) (pull: \(policy.rawValue), \(why); registry digest "
            + "\(digest.prefix(19)))"
    }
}
