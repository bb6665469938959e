data "aws_iam_policy_document" "deploy_trust" {
  statement {
    sid     = "CiRunnerAssume"
    actions = ["sts:AssumeRole"]

    # Runners are moving to the new tooling accounts (one per region); match on role name
    # instead of hard-coding account ids until the migration settles.
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::*:role/ci-runner"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name                 = "platform-deploy"
  assume_role_policy   = data.aws_iam_policy_document.deploy_trust.json
  max_session_duration = 3600
  tags                 = local.tags
}

resource "aws_iam_role_policy_attachment" "deploy_poweruser" {
  role       = aws_iam_role.deploy.name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_role_policy_attachment" "deploy_iam_passrole" {
  role       = aws_iam_role.deploy.name
  policy_arn = aws_iam_policy.deploy_passrole.arn
}
