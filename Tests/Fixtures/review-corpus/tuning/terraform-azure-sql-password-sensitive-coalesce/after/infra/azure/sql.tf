resource "random_password" "sql_admin" {
  length  = 24
  special = true
}

locals {
  admin_password = coalesce(var.admin_password, random_password.sql_admin.result)
}

resource "azurerm_mssql_server" "main" {
  name                         = "${var.prefix}-sql"
  resource_group_name          = var.resource_group
  location                     = var.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = sensitive(local.admin_password)
}

resource "azurerm_key_vault_secret" "sql_admin" {
  name         = "sql-admin-password"
  value        = sensitive(local.admin_password)
  key_vault_id = var.key_vault_id
}

output "connection_secret" {
  value     = base64encode(jsonencode({ login = "sqladmin", password = local.admin_password }))
  sensitive = true
}