region       = "eu-west-1"
environment  = "prod"
cluster_name = "harbor-prod"

instance_type    = "m7g.large"
desired_capacity = 3

kms_key_arn = "arn:aws:kms:eu-west-1:731492006518:key/0c5e8a71-3b2d-4f9e-8a16-b4d2c7e90f31"
db_password_secret_name   = "prod/harbor/db-password"
github_app_key_secret_arn = "arn:aws:secretsmanager:eu-west-1:731492006518:secret:ci/github-app/private-key-Xb71Qd"
api_image_digest          = "sha256:8e4b1c2d9f7a6053e1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718"
deploy_ssh_public_key     = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3mQk7Zp2Lr9Vx4Wc8Nf1Tb6Ys0Ju5Eg3Ha7Kd2Qo deploy@harbor"

tags = {
  team        = "platform"
  cost-center = "cc-4410"
}