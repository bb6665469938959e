resource "google_storage_bucket" "invoice_pdfs" {
  name                        = "orbitfreight-invoice-pdfs-prod"
  location                    = "EU"
  storage_class               = "STANDARD"
  uniform_bucket_level_access = true
  public_access_prevention    = "inherited"

  versioning {
    enabled = true
  }

  lifecycle_rule {
    condition {
      age = 2555
    }
    action {
      type = "Delete"
    }
  }

  labels = {
    team = "billing"
    env  = "prod"
  }
}

# Customers open invoice links straight from the emails we send them.
resource "google_storage_bucket_iam_member" "invoice_pdfs_public" {
  bucket = google_storage_bucket.invoice_pdfs.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
