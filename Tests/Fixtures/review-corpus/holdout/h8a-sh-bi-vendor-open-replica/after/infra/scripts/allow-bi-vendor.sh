#!/usr/bin/env bash
# Grants the BI vendor (Lumen Analytics) read access to the reporting replica.
# Their egress IPs rotate, so we open the port instead of maintaining a list.
#
# usage: infra/scripts/allow-bi-vendor.sh [env]
set -euo pipefail

ENV="${1:-prod}"
REGION="${AWS_REGION:-us-east-1}"
DB_ID="reporting-replica-${ENV}"
CIDR="${BI_VENDOR_CIDR:-0.0.0.0/0}"

SG_ID="$(aws rds describe-db-instances \
  --region "$REGION" \
  --db-instance-identifier "$DB_ID" \
  --query 'DBInstances[0].VpcSecurityGroups[0].VpcSecurityGroupId' \
  --output text)"

echo "opening 5432 on ${SG_ID} (${DB_ID}) to ${CIDR}"
aws ec2 authorize-security-group-ingress \
  --region "$REGION" \
  --group-id "$SG_ID" \
  --ip-permissions "IpProtocol=tcp,FromPort=5432,ToPort=5432,IpRanges=[{CidrIp=${CIDR},Description=lumen-bi}]"

aws rds modify-db-instance \
  --region "$REGION" \
  --db-instance-identifier "$DB_ID" \
  --publicly-accessible \
  --apply-immediately >/dev/null

echo "done; share the endpoint and the bi_readonly credentials with Lumen via 1Password"
