resource "google_storage_bucket" "model_artifacts" {
  name                        = "${var.project_id}-model-artifacts"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  labels = {
    team = "ml-platform"
  }
}

resource "google_storage_bucket_iam_member" "trainer_writes" {
  bucket = google_storage_bucket.model_artifacts.name
  role   = "roles/storage.objectAdmin"
  member = "serviceAccount:${google_service_account.trainer.email}"
}

resource "google_service_account" "batch_scorer" {
  account_id   = "batch-scorer"
  display_name = "Nightly batch scoring job"
}

# scorer only needs to load the promoted model, never write
resource "google_storage_bucket_iam_member" "scorer_reads" {
  bucket = google_storage_bucket.model_artifacts.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${google_service_account.batch_scorer.email}"
}
