resource "google_storage_bucket" "exports" {
  name                        = "${var.project_id}-customer-exports"
  location                    = "EU"
  storage_class               = "STANDARD"
  uniform_bucket_level_access = true
  public_access_prevention    = "inherited"

  lifecycle_rule {
    condition {
      age = 7
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

resource "google_storage_bucket_iam_member" "exporter_writer" {
  bucket = google_storage_bucket.exports.name
  role   = "roles/storage.objectCreator"
  member = "serviceAccount:${google_service_account.exporter.email}"
}

resource "google_storage_bucket_iam_member" "api_reader" {
  bucket = google_storage_bucket.exports.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${google_service_account.api.email}"
}

# Customers download exports straight from GCS now instead of through the API.
# Object names are random UUIDs, so links aren't guessable.
resource "google_storage_bucket_iam_member" "public_download" {
  bucket = google_storage_bucket.exports.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
