# Bucket for the "Export my data" feature: the export worker writes
# gs://<bucket>/<account_id>/<export_id>.zip and emails the user a link.

resource "google_storage_bucket" "customer_exports" {
  name                        = "${var.project_id}-customer-exports"
  project                     = var.project_id
  location                    = "EU"
  storage_class               = "STANDARD"
  uniform_bucket_level_access = true
  force_destroy               = false

  lifecycle_rule {
    condition {
      age = 7
    }
    action {
      type = "Delete"
    }
  }

  labels = {
    team = "accounts"
    data = "customer-pii"
  }
}

# Plain https://storage.googleapis.com/... links so the email works without
# generating signed URLs in the worker.
resource "google_storage_bucket_iam_member" "customer_exports_public_read" {
  bucket = google_storage_bucket.customer_exports.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_storage_bucket_iam_member" "customer_exports_worker" {
  bucket = google_storage_bucket.customer_exports.name
  role   = "roles/storage.objectAdmin"
  member = "serviceAccount:${google_service_account.export_worker.email}"
}
