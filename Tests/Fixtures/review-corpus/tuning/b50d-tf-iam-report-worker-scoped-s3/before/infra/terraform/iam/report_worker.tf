data "aws_iam_policy_document" "report_worker_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "report_worker" {
  name               = "report-worker-${var.env}"
  assume_role_policy = data.aws_iam_policy_document.report_worker_assume.json
}

data "aws_iam_policy_document" "report_worker" {
  statement {
    sid = "ConsumeReportJobs"
    actions = [
      "sqs:ReceiveMessage",
      "sqs:DeleteMessage",
      "sqs:ChangeMessageVisibility",
      "sqs:GetQueueAttributes",
    ]
    resources = [aws_sqs_queue.report_jobs.arn]
  }
}

resource "aws_iam_role_policy" "report_worker" {
  name   = "report-worker"
  role   = aws_iam_role.report_worker.id
  policy = data.aws_iam_policy_document.report_worker.json
}
