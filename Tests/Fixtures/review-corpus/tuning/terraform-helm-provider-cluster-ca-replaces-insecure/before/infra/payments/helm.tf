provider "helm" {
  kubernetes {
    host     = data.aws_eks_cluster.this.endpoint
    token    = data.aws_eks_cluster_auth.this.token
    insecure = true
  }
}