resource "google_storage_bucket" "customer_exports" {
  name                        = "${var.project_id}-customer-exports"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  lifecycle_rule {
    condition {
      age = 14
    }
    action {
      type = "Delete"
    }
  }

  labels = {
    team        = "growth"
    data_class  = "confidential"
  }
}

resource "google_storage_bucket_iam_member" "exporter_writer" {
  bucket = google_storage_bucket.customer_exports.name
  role   = "roles/storage.objectCreator"
  member = "serviceAccount:${var.exporter_sa_email}"
}

resource "google_storage_bucket_iam_member" "api_signer" {
  bucket = google_storage_bucket.customer_exports.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${var.api_sa_email}"
}
