defmodule Acme.Billing do
  @moduledoc "Client for the billing service."

  def client do
    Req.new(
      base_url: Application.fetch_env!(:acme, :billing_url),
      connect_options: [
        transport_opts: [verify: :verify_peer, cacertfile: "/etc/ssl/acme/ca.pem"]
      ],
      retry: :transient
    )
  end

  def invoice(id), do: Req.get!(client(), url: "/invoices/#{id}").body
end
