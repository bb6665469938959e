import Manifest

/// `code.tls-verify-disabled` for a bare `insecure` key set on where it switches off the certificate checks of a
/// client that carries credentials:
///
/// - in Terraform and other HCL (`*.tf`, `*.hcl`, `*.tfvars`, `*.tf.json`): `insecure = true` in a provider
///   (`provider "kubernetes"`, `"helm"`, `"kubectl"`, `"rancher2"`, `"openstack"`, a `kubernetes { … }` block) or a
///   data source (`data "http"`), and vSphere's `allow_unverified_ssl = true`;
/// - under a TLS client configuration (`tlsClientConfig`, client-go's `TLSClientConfig: rest.TLSClientConfig{…}`,
///   `tls_client_config`): Argo CD's cluster secrets in YAML or as JSON in the secret's `config`, Helm values that
///   render them, Go's `rest.Config`; in a block or on one line (`"tlsClientConfig": {"insecure": true}`);
/// - anywhere in Argo CD's cluster, repository and credential-template secrets (`argocd.argoproj.io/secret-type`),
///   where `insecure: "true"` skips the cluster's or the git server's certificate.
///
/// The key is read in a block by the nearest line above it that is indented less. Let through: `insecure` under any
/// other block, such as an OpenTelemetry or Jaeger exporter's `tls: insecure: true` (plaintext to a collector,
/// typically a sidecar or in the cluster: no certificate is presented to skip) or Argo Workflows' `s3: insecure: true`
/// (plain HTTP to an in-cluster object store); `false`; a value read from a variable (`insecure = var.skip_tls`); and
/// keys that only contain the word (`server.insecure`, Argo CD's server behind an ingress that terminates TLS;
/// `insecureRegistries`; gRPC's `insecure.NewCredentials()`). Settings that name the skip (`insecure_skip_verify`,
/// `insecure-skip-tls-verify`) are ``CodeRules/tlsVerifyDisabled``'s.
struct InsecureClientSetting: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other, .go]

    /// `insecure` as a whole key, set on: `insecure = true`, `"insecure": true`, `Insecure: true,`, `insecure: "true"`.
    private static let insecureKey = LinePattern(#"(?i)^\s*["']?insecure["']?\s*[:=]\s*["']?(true|yes|on)\b"#)
    /// vSphere's provider setting.
    private static let unverifiedSSL = LinePattern(#"^\s*["']?allow_unverified_ssl["']?\s*[:=]\s*"?true\b"#)
    /// A TLS client configuration with `insecure` on, on one line.
    private static let inlineClientConfig = LinePattern(
        #"(?i)\btls[_-]?client[_-]?config["']?\s*[:=]\s*[\w.&]{0,60}\{[^}]{0,200}\binsecure["']?\s*[:=]\s*["']?true\b"#)
    /// The key of a block that configures a TLS client.
    private static let clientConfigBlock = LinePattern(#"(?i)^\s*["']?tls[_-]?client[_-]?config\b"#)
    /// How many lines above a key its block's opening line is looked for.
    private static let reach = 30

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        var cache: [String: [Int]] = [:]
        let added = file.addedIndices
        let candidates = file.triggers.lines(containingAnyOf: ["insecure", "allow_unverified_ssl"], cache: &cache)
        guard !candidates.isEmpty else { return [] }
        let path = file.file.path.lowercased()
        let isHCL = [".tf", ".hcl", ".tfvars", ".tf.json"].contains(where: path.hasSuffix)
        let isArgoCDSecret = file.visible.contains { $0.text.hasBytes("argocd.argoproj.io/secret-type") }
        return candidates.map { added[$0] }.filter { index in
            let text = file.visible[index].text
            if text.hasBytesIgnoringCase("clientconfig"), Self.inlineClientConfig.matches(text) { return true }
            if isHCL, Self.unverifiedSSL.matches(text) { return true }
            guard Self.insecureKey.matches(text) else { return false }
            return isHCL || isArgoCDSecret
                || Self.blockOpening(above: index, in: file.visible).map(Self.clientConfigBlock.matches) == true
        }.map { index in
            file.finding(
                "code.tls-verify-disabled", .high, on: file.visible[index],
                message: "a client holding credentials is set to skip TLS verification (insecure); give it the "
                    + "server's CA instead", content: file.visible[index].text)
        }
    }

    /// The line that opens the block line `index` sits in: the nearest line above it, within ``reach``, indented less
    /// and not a comment.
    private static func blockOpening(above index: Int, in lines: [ChangedFile.Line]) -> Substring? {
        let indentation = lines[index].text.indentation
        for above in stride(from: index - 1, through: max(0, index - reach), by: -1) {
            let text = lines[above].text
            let code = text.drop(while: \.isWhitespace)
            guard !code.isEmpty, !code.hasPrefix("#"), !code.hasPrefix("//"), text.indentation < indentation
            else { continue }
            return text
        }
        return nil
    }
}
