resource "azurerm_network_security_group" "reporting" {
  name                = "nsg-reporting-${var.env}"
  location            = azurerm_resource_group.reporting.location
  resource_group_name = azurerm_resource_group.reporting.name

  security_rule {
    name                       = "allow-https-from-appgw"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = var.appgw_subnet_prefix
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-rdp-from-bastion"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = var.bastion_subnet_prefix
    destination_address_prefix = "*"
  }

  tags = local.tags
}

resource "azurerm_subnet_network_security_group_association" "reporting" {
  subnet_id                 = azurerm_subnet.reporting.id
  network_security_group_id = azurerm_network_security_group.reporting.id
}
