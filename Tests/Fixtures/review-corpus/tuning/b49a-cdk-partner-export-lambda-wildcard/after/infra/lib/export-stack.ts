import { Duration, Stack, StackProps } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as events from "aws-cdk-lib/aws-events";
import * as targets from "aws-cdk-lib/aws-events-targets";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

export interface ExportStackProps extends StackProps {
  ordersTable: dynamodb.ITable;
  partnerRoleArn: string;
}

export class ExportStack extends Stack {
  constructor(scope: Construct, id: string, props: ExportStackProps) {
    super(scope, id, props);

    const exportBucket = new s3.Bucket(this, "ExportBucket", {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(30) }],
    });

    const fn = new lambda.Function(this, "NightlyExport", {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: "index.handler",
      code: lambda.Code.fromAsset("../services/export/dist"),
      timeout: Duration.minutes(10),
      memorySize: 1024,
      environment: {
        ORDERS_TABLE: props.ordersTable.tableName,
        EXPORT_BUCKET: exportBucket.bucketName,
        PARTNER_ROLE_ARN: props.partnerRoleArn,
      },
    });

    props.ordersTable.grantReadData(fn);
    exportBucket.grantWrite(fn);

    // Export v2 copies into the partner's bucket (SSE-KMS) via their cross-account role.
    // TODO(EXP-57): narrow once the partner sends us their bucket and key ARNs.
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        effect: iam.Effect.ALLOW,
        actions: ["s3:*", "kms:*", "sts:AssumeRole"],
        resources: ["*"],
      }),
    );

    new events.Rule(this, "NightlyExportSchedule", {
      schedule: events.Schedule.cron({ minute: "15", hour: "2" }),
      targets: [new targets.LambdaFunction(fn)],
    });
  }
}
