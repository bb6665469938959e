import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const stack = pulumi.getStack();

// Signed invoices, KYC uploads and CSV exports generated for customers.
export const documentsBucket = new aws.s3.BucketV2("customer-documents", {
    bucket: `ledgerline-customer-documents-${stack}`,
    forceDestroy: false,
});

new aws.s3.BucketServerSideEncryptionConfigurationV2("customer-documents-sse", {
    bucket: documentsBucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }],
});

new aws.s3.BucketOwnershipControls("customer-documents-ownership", {
    bucket: documentsBucket.id,
    rule: { objectOwnership: "BucketOwnerEnforced" },
});

new aws.s3.BucketPublicAccessBlock("customer-documents-pab", {
    bucket: documentsBucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});

export const documentsBucketName = documentsBucket.bucket;
