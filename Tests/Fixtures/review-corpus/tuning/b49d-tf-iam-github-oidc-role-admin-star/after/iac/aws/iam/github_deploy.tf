data "aws_iam_policy_document" "github_deploy_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }

    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:pinecrest/checkout-service:*"]
    }
  }
}

resource "aws_iam_role" "github_deploy" {
  name               = "github-deploy-checkout-service"
  assume_role_policy = data.aws_iam_policy_document.github_deploy_trust.json
}

# The new pipeline also manages the task role, log groups, SSM params and the ALB
# listener rules; keep this broad until we know the full list of calls it makes.
data "aws_iam_policy_document" "github_deploy" {
  statement {
    sid       = "Deploy"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "github_deploy" {
  role   = aws_iam_role.github_deploy.id
  policy = data.aws_iam_policy_document.github_deploy.json
}
