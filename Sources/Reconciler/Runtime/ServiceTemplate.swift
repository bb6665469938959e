import Crypto
import Drivers

/// What berth wrote into a service's task template that `docker service update` can change by hand (its image, env,
/// entrypoint, command, user and placement constraints), kept on the service as the label ``BerthLabel/template``:
/// a short digest of them all and one per field, written with every create and update, so a pass compares the
/// service it lists with what berth wrote without another call, and names the fields changed since (DESIGN §13,
/// drift on a swarm).
///
/// Digests, not values: env holds opened secrets, and a label is no place for them.
enum ServiceTemplate {
    /// The label value for `spec`: `all=digest` of every field together, then `field=digest` pairs in field order,
    /// joined by commas.
    static func label(of spec: SwarmServiceSpec) -> String {
        let fields = fields(of: spec)
        return (["all=\(digest(of: fields))"] + fields.map { "\($0.name)=\(digest($0.value))" }).joined(separator: ",")
    }

    /// The fields of `spec` whose value is not the one its ``BerthLabel/template`` label recorded; none when the
    /// service has no such label (made before berth wrote it) or the label cannot be read.
    static func changedFields(of spec: SwarmServiceSpec) -> [String] {
        guard let label = spec.labels[BerthLabel.template] else { return [] }
        let fields = fields(of: spec)
        let all = digest(of: fields)
        // The common case, nothing changed: one digest per pass and service, compared with the label's first pair
        // without taking the label apart.
        if label == "all=\(all)" || label.hasPrefix("all=\(all),") { return [] }
        var recorded: [String: String] = [:]
        for pair in label.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { return [] }
            recorded[String(parts[0])] = String(parts[1])
        }
        // Each field's digest only when one changed.
        guard let recordedAll = recorded["all"], recordedAll != all else { return [] }
        return fields.compactMap { field in
            guard let digest = recorded[field.name] else { return nil }
            return digest == Self.digest(field.value) ? nil : field.name
        }
    }

    /// The digest of all `fields` at once, each value length-prefixed so that no two lists give the same text.
    private static func digest(of fields: [(name: String, value: String)]) -> String {
        digest(list(fields.map(\.value)))
    }

    /// Each compared field by the manifest name an operator knows it by, with its value in one canonical string.
    private static func fields(of spec: SwarmServiceSpec) -> [(name: String, value: String)] {
        let container = spec.container
        return [
            ("image", container.image),
            (
                "env",
                container.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
            ),
            ("entrypoint", container.entrypoint.map(list) ?? "-"),
            ("command", container.command.map(list) ?? "-"),
            ("user", container.user ?? "-"),
            ("placement", list(spec.placement.constraints.sorted())),
        ]
    }

    /// A list as one string no other list gives: each item length-prefixed.
    private static func list(_ items: [String]) -> String {
        items.map { "\($0.utf8.count):\($0)" }.joined()
    }

    /// The first 12 hex digits of the value's SHA-256: enough to tell a change, too short to stand for the value.
    private static func digest(_ value: String) -> String {
        SHA256.hash(data: Array(value.utf8)).prefix(6).lowercaseHex
    }
}
