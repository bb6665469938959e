import Drivers
import Manifest

/// Resolves an `image:` deployment's reference by its pull policy, and pulls it when a rollout needs it.
///
/// At plan time nothing is pulled: the image id on the engine is used when the image is there and the policy lets
/// it be used as it is; otherwise the registry is asked (through the engine, with the controller's login for its
/// host) which digest it holds, so a missing tag or an unreachable registry is reported before any rollout. The
/// rollout's resolve stage then pulls (``pull(_:progress:)``).
struct ImageResolver: Sendable {
    /// What a reference resolves to this pass.
    struct Resolved: Sendable, Hashable {
        /// The image id on the engine, when that is what the deployment runs; nil while it awaits its pull.
        let imageID: String?
        /// The pull the rollout makes first, if any.
        let pull: ImagePull?
    }

    /// Why a reference cannot be resolved or pulled: the registry's or the engine's answer, in words.
    struct Failure: Error, Sendable, CustomStringConvertible {
        let description: String
    }

    let engine: any ContainerEngine
    let controller: ControllerConfig

    /// What `reference` resolves to under `policy`. - Throws: ``Failure``.
    func resolve(_ reference: String, pull policy: PullPolicy) async throws(Failure) -> Resolved {
        let local: ImageInfo?
        do {
            local = try await engine.inspectImage(reference)
        } catch let error as ContainerEngineError where error.code == .notFound {
            local = nil
        } catch {
            throw Failure(description: "spec.image: \(reference): \(error)")
        }
        switch policy {
        case .never:
            guard let local else {
                throw Failure(
                    description: "spec.image: \(reference) is not on the Docker engine, and pull: never forbids "
                        + "pulling it: load it onto the engine (docker pull, docker load) or set spec.pull: "
                        + "ifNotPresent"
                )
            }
            return Resolved(imageID: local.id, pull: nil)
        case .ifNotPresent:
            if let local { return Resolved(imageID: local.id, pull: nil) }
            let digest = try await registryDigest(of: reference, policy: policy)
            return Resolved(imageID: nil, pull: pull(reference, policy, digest: digest, upToDate: false))
        case .always:
            let digest = try await registryDigest(of: reference, policy: policy)
            let current = local.flatMap { image in
                image.repoDigests.contains { $0.hasSuffix("@" + digest) } ? image : nil
            }
            return Resolved(
                imageID: current?.id, pull: pull(reference, policy, digest: digest, upToDate: current != nil))
        }
    }

    /// Pulls `pull.reference`, passing each condensed progress line to `progress`, and returns the image now on the
    /// engine. - Throws: ``Failure`` with the registry's message; cancellation as it comes.
    func pull(_ pull: ImagePull, progress: @escaping @Sendable (String) -> Void) async throws -> ImageInfo {
        let auth = try login(for: pull.reference)
        do {
            return try await engine.pullImage(pull.reference, auth: auth, progress: progress)
        } catch let error as ContainerEngineError {
            throw Failure(description: problem(pull.reference, policy: pull.policy, auth: auth, error))
        }
    }

    private func pull(_ reference: String, _ policy: PullPolicy, digest: String, upToDate: Bool) -> ImagePull {
        ImagePull(
            reference: reference, registry: Self.registry(of: reference), policy: policy, digest: digest,
            upToDate: upToDate)
    }

    private func registryDigest(of reference: String, policy: PullPolicy) async throws(Failure) -> String {
        let auth = try login(for: reference)
        do {
            return try await engine.registryDigest(of: reference, auth: auth)
        } catch let error as ContainerEngineError {
            throw Failure(description: problem(reference, policy: policy, auth: auth, error))
        } catch {
            throw Failure(description: "spec.image: cannot ask registry \(Self.registry(of: reference)): \(error)")
        }
    }

    private func login(for reference: String) throws(Failure) -> RegistryAuth? {
        do {
            return try RegistryLogin.auth(for: reference, in: controller)
        } catch {
            throw Failure(description: "spec.image: cannot log in to pull \(reference): \(error)")
        }
    }

    /// `spec.image: cannot pull 127.0.0.1:5000/app:2 from registry 127.0.0.1:5000 (pull: ifNotPresent): manifest
    /// unknown: manifest unknown`,
    /// with a hint when the registry wants a login the controller config does not give.
    private func problem(_ reference: String, policy: PullPolicy, auth: RegistryAuth?, _ error: ContainerEngineError)
        -> String
    {
        let registry = Self.registry(of: reference)
        guard error.code != .engineUnavailable else { return "spec.image: cannot pull \(reference): \(error)" }
        var text =
            "spec.image: cannot pull \(reference) from registry \(registry) (pull: \(policy.rawValue)): "
            + error.message
        let wantsLogin = ["unauthorized", "no basic auth credentials", "authentication required", "denied"].contains {
            error.message.lowercased().contains($0)
        }
        if wantsLogin {
            text +=
                auth == nil
                ? "; the controller config has no login for it: add registries[\"\(registry)\"] with username and "
                    + "passwordFile"
                : "; check the username and the password file of registries[\"\(registry)\"]"
        }
        return text
    }

    private static func registry(of reference: String) -> String {
        ImageReference.parts(of: reference)?.registry ?? ImageReference.Parts.defaultRegistry
    }
}
