# Credentials for the BI read-only user. The password is generated here, stored
# only in Secrets Manager (encrypted with the module's CMK) and rotated by the
# shared rotation lambda; nothing is exposed through outputs.

data "aws_region" "current" {}

resource "random_password" "reporting_ro" {
  length           = 40
  special          = true
  override_special = "!#$%^&*()-_=+[]{}<>:?"
  min_upper        = 2
  min_lower        = 2
  min_numeric      = 2
}

resource "aws_secretsmanager_secret" "reporting_ro" {
  name        = "${var.environment}/reporting-db/reporting_ro"
  description = "Read-only user for BI tools on ${aws_db_instance.reporting.identifier}"
  kms_key_id  = aws_kms_key.reporting.arn

  recovery_window_in_days = 7

  tags = var.tags
}

resource "aws_secretsmanager_secret_version" "reporting_ro" {
  secret_id = aws_secretsmanager_secret.reporting_ro.id
  secret_string = jsonencode({
    engine   = "postgres"
    host     = aws_db_instance.reporting.address
    port     = aws_db_instance.reporting.port
    dbname   = aws_db_instance.reporting.db_name
    username = "reporting_ro"
    password = random_password.reporting_ro.result
  })

  lifecycle {
    # Rotation changes the value after the first apply.
    ignore_changes = [secret_string]
  }
}

resource "aws_secretsmanager_secret_rotation" "reporting_ro" {
  secret_id           = aws_secretsmanager_secret.reporting_ro.id
  rotation_lambda_arn = var.rotation_lambda_arn

  rotation_rules {
    automatically_after_days = 30
  }
}

data "aws_iam_policy_document" "read_reporting_secret" {
  statement {
    sid       = "ReadReportingCredentials"
    actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
    resources = [aws_secretsmanager_secret.reporting_ro.arn]
  }

  statement {
    sid       = "DecryptReportingCredentials"
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.reporting.arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${data.aws_region.current.name}.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "read_reporting_secret" {
  name   = "${var.environment}-read-reporting-ro-secret"
  policy = data.aws_iam_policy_document.read_reporting_secret.json
}

output "reporting_ro_secret_arn" {
  value = aws_secretsmanager_secret.reporting_ro.arn
}

output "read_reporting_secret_policy_arn" {
  value = aws_iam_policy.read_reporting_secret.arn
}
