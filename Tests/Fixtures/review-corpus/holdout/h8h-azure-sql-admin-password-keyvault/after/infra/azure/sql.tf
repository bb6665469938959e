resource "random_password" "sql_admin" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "azurerm_key_vault_secret" "sql_admin_password" {
  name         = "sql-claimsdesk-admin-password"
  value        = random_password.sql_admin.result
  key_vault_id = azurerm_key_vault.data.id
  content_type = "password"
}

resource "azurerm_mssql_server" "main" {
  name                          = "sql-claimsdesk-prod"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  version                       = "12.0"
  administrator_login           = "claimsadmin"
  administrator_login_password  = random_password.sql_admin.result
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username = "sg-claimsdesk-dba"
    object_id      = var.dba_group_object_id
  }
}

resource "azurerm_mssql_database" "claims" {
  name           = "claims"
  server_id      = azurerm_mssql_server.main.id
  sku_name       = "GP_S_Gen5_2"
  max_size_gb    = 64
  zone_redundant = true
}
