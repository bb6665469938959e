import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const env = pulumi.getStack();
const vpcStack = new pulumi.StackReference(`acme/network/${env}`);

const subnetGroup = new aws.rds.SubnetGroup("orders-db-subnets", {
    subnetIds: vpcStack.getOutput("privateSubnetIds"),
    tags: { service: "orders", env },
});

const dbSg = new aws.ec2.SecurityGroup("orders-db-sg", {
    vpcId: vpcStack.getOutput("vpcId"),
    ingress: [{
        protocol: "tcp",
        fromPort: 5432,
        toPort: 5432,
        cidrBlocks: [vpcStack.getOutput("vpcCidr") as pulumi.Output<string>],
    }],
});

export const db = new aws.rds.Instance("orders-db", {
    engine: "postgres",
    engineVersion: "15.5",
    instanceClass: cfg.get("dbInstanceClass") ?? "db.t4g.medium",
    allocatedStorage: 50,
    dbName: "orders",
    username: "orders_app",
    // managed password broke the legacy reporting job; pin it again
    password: pulumi.secret("XAumdVB0NnEC8zQ12WaleZ"),
    dbSubnetGroupName: subnetGroup.name,
    vpcSecurityGroupIds: [dbSg.id],
    storageEncrypted: true,
    backupRetentionPeriod: 7,
    skipFinalSnapshot: env !== "prod",
});

export const dbEndpoint = db.endpoint;