import Manifest
import Foundation
import Logging

/// berth's TLS automation policy (`@id` `berth-tls`): the hosts of berth's routes, with the issuer the settings
/// name. It is never left without subjects: a policy without subjects is Caddy's catch-all and would take over
/// other sites' certificates.
extension CaddyRouter {
    /// The policy for `subjects` in the configured TLS mode.
    func tlsPolicy(subjects: [String]) -> [String: Any] {
        var issuer: [String: Any]
        switch settings.tls {
        case .off, .internal:
            issuer = ["module": "internal"]
        case .acme(let email):
            issuer = ["module": "acme"]
            if let email { issuer["email"] = email }
        }
        return ["@id": Self.tlsPolicyID, "subjects": subjects, "issuers": [issuer]]
    }

    /// Makes `hosts` subjects of berth's policy (creating it, and `apps.tls.automation.policies`, when absent).
    func ensureTLSSubjects(adding hosts: Set<String>) async throws {
        let hosts = hosts.filter { !$0.isEmpty }
        guard !hosts.isEmpty else { return }
        if let current = try await currentTLSPolicy() {
            let subjects = (current["subjects"] as? [String]) ?? []
            let wanted = subjects + hosts.subtracting(subjects).sorted()
            let desired = tlsPolicy(subjects: wanted)
            guard !CaddyJSON.equal(current, desired) else { return }
            _ = try await call("PATCH", "/id/\(Self.tlsPolicyID)", body: try CaddyJSON.encode(object: desired))
            logger.info("caddy tls subjects set", metadata: ["router.tls.subjects": "\(wanted)"])
            return
        }
        let policy = tlsPolicy(subjects: hosts.sorted())
        try await insertTLSPolicy(policy)
        logger.info("caddy tls policy created", metadata: ["router.tls.subjects": "\(hosts.sorted())"])
    }

    /// Takes `host` out of berth's policy; removes the policy when no subject is left.
    func removeTLSSubject(_ host: String) async throws {
        guard let current = try await currentTLSPolicy() else { return }
        let subjects = (current["subjects"] as? [String]) ?? []
        guard subjects.contains(host) else { return }
        let remaining = subjects.filter { $0 != host }
        do {
            if remaining.isEmpty {
                _ = try await call("DELETE", "/id/\(Self.tlsPolicyID)")
            } else {
                _ = try await call(
                    "PATCH", "/id/\(Self.tlsPolicyID)/subjects", body: try CaddyJSON.encode(object: remaining))
            }
        } catch let error as RouterError where error.status == 404 {
            return
        }
        logger.info("caddy tls subject removed", metadata: ["route.host": "\(host)"])
    }

    /// berth's policy as Caddy holds it; nil when absent.
    private func currentTLSPolicy() async throws -> [String: Any]? {
        let bytes: [UInt8]
        do {
            bytes = try await call("GET", "/id/\(Self.tlsPolicyID)")
        } catch let error as RouterError where error.status == 404 {
            return nil
        }
        return try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    }

    /// Puts `policy` first in `apps.tls.automation.policies` (Caddy takes the first policy that matches a name,
    /// and a catch-all usually comes last), creating the path from the deepest part that exists.
    private func insertTLSPolicy(_ policy: [String: Any]) async throws {
        let base = "/config/apps/tls/automation/policies"
        let tls: Any?
        do {
            let bytes = try await call("GET", "/config/apps/tls")
            tls = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch let error as RouterError where Self.isMissingPath(error) {
            // No `apps` at all.
            let apps: [String: Any] = ["tls": ["automation": ["policies": [policy]]]]
            _ = try await call("PUT", "/config/apps", body: try CaddyJSON.encode(object: apps))
            return
        }
        guard let tls = tls as? [String: Any] else {
            let value: [String: Any] = ["automation": ["policies": [policy]]]
            _ = try await call("PUT", "/config/apps/tls", body: try CaddyJSON.encode(object: value))
            return
        }
        guard let automation = tls["automation"] as? [String: Any] else {
            _ = try await call(
                "PUT", "/config/apps/tls/automation", body: try CaddyJSON.encode(object: ["policies": [policy]]))
            return
        }
        guard let policies = automation["policies"] as? [Any] else {
            _ = try await call("PUT", base, body: try CaddyJSON.encode(object: [policy]))
            return
        }
        if policies.isEmpty {
            _ = try await call("POST", base, body: try CaddyJSON.encode(object: policy))
        } else {
            _ = try await call("PUT", "\(base)/0", body: try CaddyJSON.encode(object: policy))
        }
    }
}
