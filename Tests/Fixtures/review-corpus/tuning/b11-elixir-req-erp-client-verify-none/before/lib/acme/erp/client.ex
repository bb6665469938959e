defmodule Acme.ERP.Client do
  @moduledoc "Thin wrapper around the ERP REST API."

  defp base_req do
    config = Application.fetch_env!(:acme, __MODULE__)

    Req.new(
      base_url: Keyword.fetch!(config, :base_url),
      auth: {:bearer, Keyword.fetch!(config, :api_token)},
      receive_timeout: 15_000,
      retry: :transient
    )
  end

  def fetch_order(number) do
    case Req.get(base_req(), url: "/api/orders/:number", path_params: [number: number]) do
      {:ok, %Req.Response{status: 200, body: body}} -> {:ok, body}
      {:ok, %Req.Response{status: 404}} -> {:error, :not_found}
      {:ok, %Req.Response{status: status}} -> {:error, {:http, status}}
      {:error, reason} -> {:error, reason}
    end
  end

  def push_shipment(number, attrs) do
    Req.post(base_req(), url: "/api/orders/:number/shipments", path_params: [number: number], json: attrs)
  end
end