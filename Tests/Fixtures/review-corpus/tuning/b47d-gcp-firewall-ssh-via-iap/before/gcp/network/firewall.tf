locals {
  # Google front ends / health checkers
  gfe_ranges = ["130.211.0.0/22", "35.191.0.0/16"]
}

resource "google_compute_firewall" "allow_lb_health_checks" {
  name    = "${var.network_name}-allow-lb-hc"
  network = google_compute_network.main.self_link
  project = var.project_id

  direction     = "INGRESS"
  source_ranges = local.gfe_ranges
  target_tags   = ["web"]

  allow {
    protocol = "tcp"
    ports    = ["8080"]
  }
}

resource "google_compute_firewall" "deny_all_ingress" {
  name     = "${var.network_name}-deny-all-ingress"
  network  = google_compute_network.main.self_link
  project  = var.project_id
  priority = 65000

  direction     = "INGRESS"
  source_ranges = ["0.0.0.0/0"]

  deny {
    protocol = "all"
  }
}
