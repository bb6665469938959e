import Manifest

/// `infra.public-bucket` for data granted to everyone on the internet by a cloud's IAM or ACL: a Google Cloud member
/// `allUsers` or `allAuthenticatedUsers` (in Terraform's `member`/`members`, or `gsutil iam ch allUsers:objectViewer`,
/// `gcloud … add-iam-policy-binding --member=allUsers`), an Azure storage container whose `container_access_type` is
/// `blob` or `container`, an object uploaded with the canned ACL `public-read` (`aws s3 cp … --acl public-read`,
/// `gsutil cp -a public-read`). Everyone may then read (or write) the objects, exports and backups among them. A public
/// invoker of a Cloud Run service or a Cloud Function is how a public web service is published, and a bucket the file
/// serves as a website (`website { main_page_suffix = … }`) or a site's build uploaded for the web (`aws s3 sync
/// dist/ s3://… --acl public-read`) is public by design: neither is a finding.
struct PublicCloudGrant: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other, .shell, .ci, .dockerfile]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard !lines.contains(where: { $0.text.hasBytes("main_page_suffix") }) else { return [] }
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded,
                line.text.hasBytes("llUsers") || line.text.hasBytes("llAuthenticatedUsers")
                    || line.text.hasBytes("access_type") || line.text.hasBytes("public-read"),
                Self.everyone.matches(line.text) || Self.publicContainer.matches(line.text)
                    || Self.publicObject.matches(line.text) && !uploadsASite(at: index, in: lines),
                !publishesAService(at: index, in: lines)
            else { return nil }
            return file.finding(
                "infra.public-bucket", .high, on: line,
                message: "the bucket or dataset is granted to everyone on the internet; share objects with signed "
                    + "URLs or named principals instead", content: line.text)
        }
    }

    /// Whether the grant at line `index` lets everyone invoke a service rather than read data: the command or the
    /// resource block it stands in (from the nearest unindented line above, through the next ten lines) names an
    /// invoker role or a Cloud Run or Cloud Functions resource.
    private func publishesAService(at index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let start = lines[..<index].lastIndex { $0.text.indentation == 0 && $0.text.isCodeLine } ?? index
        let end = min(lines.count, index + 10)
        let block = lines[start..<end].prefix { $0.number == lines[start].number || $0.text.indentation > 0 }
        return ([lines[index]] + block).contains { Self.serviceInvoker.matches($0.text) }
    }

    /// Whether the upload at line `index` (with up to three lines above it that the command continues from) sends
    /// a site's files: a build folder (`dist`, `build`, `public`, `_site`), static assets, or a website's or a CDN's
    /// bucket.
    private func uploadsASite(at index: Int, in lines: [ChangedFile.Line]) -> Bool {
        lines[max(0, index - 3)...index].contains { Self.siteFiles.matches($0.text) }
    }

    /// Everyone as an IAM member: `member = "allUsers"`, `members = ["allAuthenticatedUsers"]`,
    /// `--member=allUsers`, `gsutil iam ch allUsers:objectViewer`, `gsutil acl ch -u AllUsers:R`.
    private static let everyone = LinePattern(
        #"(?i)(\bmembers?\b["']?\s*[:=]\s*\[?\s*["']|--member[= ]["']?|\biam\s+ch\s+(-\S+\s+)*|-u\s+)"#
            + #"all(Authenticated)?Users\b"#)
    /// An Azure storage container anyone may read: `container_access_type = "blob"` or `"container"`.
    private static let publicContainer = LinePattern(
        #"\bcontainer_access_type\s*=\s*"(blob|container)""#)
    /// An object anyone may read by its canned ACL: `--acl public-read`, `--acl=public-read-write`, gsutil's
    /// `-a public-read`.
    private static let publicObject = LinePattern(#"(?:--acl[= ]|\s-a\s+)["']?public-read(?:-write)?\b"#)
    private static let siteFiles = LinePattern(
        #"(?i)(?<![\w-])(?:dist|build|public|_site|static|assets|website|www|cdn)(?![\w-])"#)
    private static let serviceInvoker = LinePattern(
        #"(?i)invoker|cloud_run|cloudfunctions|cloud_functions|\brun\s+services\b|\bfunctions\s+add-iam"#)
}
