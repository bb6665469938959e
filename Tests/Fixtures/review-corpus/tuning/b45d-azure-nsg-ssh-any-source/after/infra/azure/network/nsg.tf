resource "azurerm_network_security_group" "build_agents" {
  name                = "nsg-build-agents-${var.env}"
  location            = azurerm_resource_group.ci.location
  resource_group_name = azurerm_resource_group.ci.name

  security_rule {
    # office egress IP keeps rotating since the ISP move; key auth only anyway
    name                       = "allow-ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*"
    destination_address_prefix = "VirtualNetwork"
  }

  security_rule {
    name                       = "deny-all-inbound"
    priority                   = 4096
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }

  tags = local.common_tags
}

resource "azurerm_subnet_network_security_group_association" "build_agents" {
  subnet_id                 = azurerm_subnet.build_agents.id
  network_security_group_id = azurerm_network_security_group.build_agents.id
}
