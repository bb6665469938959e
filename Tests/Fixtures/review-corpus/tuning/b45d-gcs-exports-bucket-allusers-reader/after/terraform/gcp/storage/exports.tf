resource "google_storage_bucket" "customer_exports" {
  name                        = "${var.project_id}-customer-exports"
  location                    = "EU"
  storage_class               = "STANDARD"
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
    team = "reporting"
    data = "customer-pii"
  }
}

resource "google_storage_bucket_iam_member" "exports_writer" {
  bucket = google_storage_bucket.customer_exports.name
  role   = "roles/storage.objectAdmin"
  member = "serviceAccount:${google_service_account.export_worker.email}"
}

# Download links in the "your export is ready" email were expiring before
# people clicked them; object names are UUIDs so plain links are fine.
resource "google_storage_bucket_iam_member" "exports_download_links" {
  bucket = google_storage_bucket.customer_exports.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
