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
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});

new aws.s3.BucketOwnershipControls("customer-documents-ownership", {
    bucket: documentsBucket.id,
    rule: { objectOwnership: "BucketOwnerEnforced" },
});

// Presigned URLs keep expiring in emails; serve documents directly instead.
const pab = new aws.s3.BucketPublicAccessBlock("customer-documents-pab", {
    bucket: documentsBucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: false,
    ignorePublicAcls: true,
    restrictPublicBuckets: false,
});

new aws.s3.BucketPolicy("customer-documents-read", {
    bucket: documentsBucket.id,
    policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [{
            Sid: "PublicReadDocuments",
            Effect: "Allow",
            Principal: "*",
            Action: ["s3:GetObject"],
            Resource: pulumi.interpolate`${documentsBucket.arn}/*`,
        }],
    }),
}, { dependsOn: [pab] });

export const documentsBucketName = documentsBucket.bucket;
