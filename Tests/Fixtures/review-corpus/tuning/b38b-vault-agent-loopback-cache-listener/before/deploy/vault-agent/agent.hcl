# Vault Agent sidecar for the invoicing service.
# Renders DB and SMTP credentials into /vault/secrets for the app container.

pid_file = "/tmp/vault-agent.pid"
exit_after_auth = false

vault {
  address         = "https://vault.platform.acme-corp.net:8200"
  ca_cert         = "/vault/tls/platform-ca.pem"
  tls_server_name = "vault.platform.acme-corp.net"
  retry {
    num_retries = 5
  }
}

auto_auth {
  method "kubernetes" {
    mount_path = "auth/k8s-prod-euw1"
    config = {
      role = "invoicing"
    }
  }

  sink "file" {
    config = {
      path = "/home/vault/.vault-token"
      mode = 0640
    }
  }
}

template_config {
  static_secret_render_interval = "10m"
  exit_on_retry_failure         = true
}

template {
  destination = "/vault/secrets/db.env"
  perms       = "0440"
  contents    = <<-EOT
  {{- with secret "database/creds/invoicing-rw" -}}
  DB_USERNAME={{ .Data.username }}
  DB_PASSWORD={{ .Data.password }}
  {{- end }}
  EOT
}

template {
  destination = "/vault/secrets/smtp.env"
  perms       = "0440"
  contents    = <<-EOT
  {{- with secret "kv/data/invoicing/smtp" -}}
  SMTP_USERNAME={{ .Data.data.username }}
  SMTP_PASSWORD={{ .Data.data.password }}
  {{- end }}
  EOT
}
