datacenter = "eu-west-1"
data_dir   = "/opt/consul/data"
log_level  = "INFO"
node_name  = "{{ GetHostname }}"

server           = true
bootstrap_expect = 3
retry_join       = ["provider=aws tag_key=consul-role tag_value=server"]

bind_addr   = "{{ GetPrivateIP }}"
client_addr = "127.0.0.1"

ui_config {
  enabled = true
}

ports {
  http     = -1
  https    = 8501
  grpc     = -1
  grpc_tls = 8503
}

tls {
  defaults {
    ca_file         = "/etc/consul.d/tls/consul-agent-ca.pem"
    cert_file       = "/etc/consul.d/tls/server.pem"
    key_file        = "/etc/consul.d/tls/server-key.pem"
    verify_incoming = true
    verify_outgoing = true
  }

  internal_rpc {
    verify_server_hostname = true
  }
}

acl {
  enabled                  = true
  default_policy           = "deny"
  enable_token_persistence = true
}

telemetry {
  prometheus_retention_time = "60s"
  disable_hostname          = true
}