"""Static site: bucket, CloudFront distribution, and an upload step."""
import pulumi
import pulumi_aws as aws
import pulumi_command as command

cfg = pulumi.Config()
site_dir = cfg.get("siteDir") or "../web/dist"

bucket = aws.s3.BucketV2("docs-site", force_destroy=False)
aws.s3.BucketPublicAccessBlock(
    "docs-site-pab",
    bucket=bucket.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)

oac = aws.cloudfront.OriginAccessControl(
    "docs-oac",
    origin_access_control_origin_type="s3",
    signing_behavior="always",
    signing_protocol="sigv4",
)

cdn = aws.cloudfront.Distribution(
    "docs-cdn",
    enabled=True,
    default_root_object="index.html",
    origins=[aws.cloudfront.DistributionOriginArgs(
        origin_id="s3",
        domain_name=bucket.bucket_regional_domain_name,
        origin_access_control_id=oac.id,
    )],
    default_cache_behavior=aws.cloudfront.DistributionDefaultCacheBehaviorArgs(
        target_origin_id="s3",
        viewer_protocol_policy="redirect-to-https",
        allowed_methods=["GET", "HEAD"],
        cached_methods=["GET", "HEAD"],
        cache_policy_id="658327ea-f89d-4fab-a63d-7e88639e58f6",
    ),
    restrictions=aws.cloudfront.DistributionRestrictionsArgs(
        geo_restriction=aws.cloudfront.DistributionRestrictionsGeoRestrictionArgs(restriction_type="none"),
    ),
    viewer_certificate=aws.cloudfront.DistributionViewerCertificateArgs(cloudfront_default_certificate=True),
)

# Re-sync on every `pulumi up`; bucket name and distribution id come from the resources above.
sync = command.local.Command(
    "docs-sync",
    create=pulumi.Output.concat(
        "aws s3 sync ", site_dir, " s3://", bucket.bucket, " --delete && ",
        "aws cloudfront create-invalidation --distribution-id ", cdn.id, " --paths '/*'",
    ),
    triggers=[pulumi.Output.from_input(site_dir)],
    opts=pulumi.ResourceOptions(depends_on=[cdn]),
)

pulumi.export("url", pulumi.Output.concat("https://", cdn.domain_name))