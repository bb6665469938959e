resource "azurerm_postgresql_flexible_server" "main" {
  name                          = "psql-claimsdesk-prod-weu"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  version                       = "16"
  sku_name                      = "GP_Standard_D4ds_v5"
  storage_mb                    = 131072
  backup_retention_days         = 14
  geo_redundant_backup_enabled  = true
  public_network_access_enabled = true
  administrator_login           = "claimsadmin"
  administrator_password        = var.pg_admin_password
  zone                          = "1"

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = true
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }
}

resource "azurerm_postgresql_flexible_server_database" "claims" {
  name      = "claims"
  server_id = azurerm_postgresql_flexible_server.main.id
  charset   = "UTF8"
  collation = "en_US.utf8"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "office" {
  name             = "office-vpn"
  server_id        = azurerm_postgresql_flexible_server.main.id
  start_ip_address = "203.0.113.10"
  end_ip_address   = "203.0.113.10"
}

# Migration contractor's egress IPs keep changing; open it up until cutover is done.
resource "azurerm_postgresql_flexible_server_firewall_rule" "migration" {
  name             = "temp-migration"
  server_id        = azurerm_postgresql_flexible_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}
