import Drivers
import Manifest

/// The registries a ``FakeContainerWorld`` can pull from: references pushed to them, and the logins each host
/// demands. Answers as Docker 20.10 relays a distribution registry's answers.
struct FakeRegistry {
    /// An image a registry holds under a reference.
    struct Pushed {
        let digest: String
        let imageID: String
        let behaviour: FakeImage.Behaviour
    }

    var pushed: [String: Pushed] = [:]
    /// Registry host → the one login it accepts; a host absent here lets anyone pull.
    var logins: [String: RegistryAuth] = [:]
    /// Every login a pull or a digest request sent, in order (nil for none).
    var loginsSent: [RegistryAuth?] = []

    /// The image `reference` names, once the login `auth` is accepted; `missing` is the engine's message when the
    /// registry holds no such tag (a pull and a digest request word it apart).
    mutating func lookUp(_ reference: String, auth: RegistryAuth?, _ request: String, missing: String) throws
        -> Pushed
    {
        loginsSent.append(auth)
        let host = ImageReference.parts(of: reference)?.registry ?? ImageReference.Parts.defaultRegistry
        if let wanted = logins[host] {
            guard let auth else {
                throw FakeWorldState.error(
                    .failed, request, "Head \"http://\(host)/v2/…\": no basic auth credentials")
            }
            guard auth.matches(wanted) else {
                throw FakeWorldState.error(.failed, request, "unauthorized: authentication required")
            }
        }
        guard let pushed = pushed[reference] else {
            throw FakeWorldState.error(.notFound, request, missing)
        }
        return pushed
    }
}

extension FakeWorldState {
    /// `POST /images/create`: the pushed image arrives tagged `reference`, remembering the digest it came with.
    mutating func pull(_ reference: String, auth: RegistryAuth?) throws -> FakeImage {
        let request = "pull \(reference)"
        let pushed = try registry.lookUp(
            reference, auth: auth, request,
            missing: "manifest for \(reference) not found: manifest unknown: manifest unknown")
        let repository = ImageReference.parts(of: reference)?.repository ?? reference
        for index in images.indices { images[index].tags.removeAll { $0 == reference } }
        if let index = images.firstIndex(where: { $0.id == pushed.imageID }) {
            images[index].tags.append(reference)
            images[index].repoDigests.append(repository + "@" + pushed.digest)
            return images[index]
        }
        let image = FakeImage(
            id: pushed.imageID, tags: [reference], repoDigests: [repository + "@" + pushed.digest],
            behaviour: pushed.behaviour)
        images.append(image)
        return image
    }

    /// `GET /distribution/{name}/json`.
    mutating func registryDigest(of reference: String, auth: RegistryAuth?) throws -> String {
        try registry.lookUp(
            reference, auth: auth, "distribution \(reference)", missing: "manifest unknown: manifest unknown"
        ).digest
    }

    /// Pushes a new image to the registry under `reference` (not onto the engine); returns its digest.
    mutating func push(_ reference: String, behaviour: FakeImage.Behaviour) -> String {
        let digest = "sha256:" + makeID()
        registry.pushed[reference] = FakeRegistry.Pushed(
            digest: digest, imageID: "sha256:" + makeID(), behaviour: behaviour)
        return digest
    }
}
