resource "random_password" "grafana_admin" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
  min_upper        = 2
  min_numeric      = 2
}

resource "aws_ssm_parameter" "grafana_admin_password" {
  name        = "/${var.environment}/grafana/admin-password"
  description = "Grafana admin password (generated, rotate by tainting random_password.grafana_admin)"
  type        = "SecureString"
  key_id      = aws_kms_key.observability.arn
  value       = random_password.grafana_admin.result

  tags = local.common_tags
}

data "aws_iam_policy_document" "grafana_read_password" {
  statement {
    actions   = ["ssm:GetParameter"]
    resources = [aws_ssm_parameter.grafana_admin_password.arn]
  }
  statement {
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.observability.arn]
  }
}

resource "aws_iam_role_policy" "grafana_read_password" {
  name   = "grafana-read-admin-password"
  role   = aws_iam_role.grafana.id
  policy = data.aws_iam_policy_document.grafana_read_password.json
}

output "grafana_admin_password_parameter" {
  value = aws_ssm_parameter.grafana_admin_password.name
}