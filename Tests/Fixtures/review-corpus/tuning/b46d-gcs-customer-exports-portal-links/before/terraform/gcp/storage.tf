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
    team        = "data-platform"
    contains_pii = "true"
  }
}

resource "google_storage_bucket_iam_member" "exports_writer" {
  bucket = google_storage_bucket.customer_exports.name
  role   = "roles/storage.objectAdmin"
  member = "serviceAccount:${google_service_account.export_worker.email}"
}

resource "google_storage_bucket_iam_member" "exports_support_read" {
  bucket = google_storage_bucket.customer_exports.name
  role   = "roles/storage.objectViewer"
  member = "group:support-tier2@${var.org_domain}"
}
