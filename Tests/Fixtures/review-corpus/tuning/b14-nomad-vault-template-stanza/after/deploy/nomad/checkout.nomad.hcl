job "checkout" {
  datacenters = ["eu-west-1a", "eu-west-1b"]
  type        = "service"

  group "api" {
    count = 3

    network {
      port "http" { to = 8080 }
    }

    service {
      name     = "checkout-api"
      port     = "http"
      provider = "consul"

      check {
        type     = "http"
        path     = "/healthz"
        interval = "10s"
        timeout  = "2s"
      }
    }

    task "server" {
      driver = "docker"

      config {
        image = "registry.acme.internal/checkout:1.42.0"
        ports = ["http"]
      }

      env {
        APP_ENV   = "production"
        LOG_LEVEL = "info"
      }

      vault {
        role        = "checkout"
        change_mode = "restart"
      }

      template {
        destination = "secrets/db.env"
        env         = true
        data        = <<EOH
{{ with secret "database/creds/checkout-rw" }}
DB_USER={{ .Data.username }}
DB_PASSWORD={{ .Data.password }}
{{ end }}
{{ with secret "kv/data/checkout/stripe" }}
STRIPE_API_KEY={{ .Data.data.api_key }}
{{ end }}
EOH
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}