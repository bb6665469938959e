defmodule Dispatch.Application do
  # See https://hexdocs.pm/elixir/Application.html
  # for more information on OTP Applications
  @moduledoc false

  use Application

  @impl true
  def start(_type, _args) do
    children = [
      DispatchWeb.Telemetry,
      Dispatch.Repo,
      {DNSCluster, query: Application.get_env(:dispatch, :dns_cluster_query) || :ignore},
      {Phoenix.PubSub, name: Dispatch.PubSub},
      {Finch, name: Dispatch.Finch},
      {Oban, Application.fetch_env!(:dispatch, Oban)},
      DispatchWeb.Endpoint
    ]

    opts = [strategy: :one_for_one, name: Dispatch.Supervisor]
    Supervisor.start_link(children, opts)
  end

  @impl true
  def config_change(changed, _new, removed) do
    DispatchWeb.Endpoint.config_change(changed, removed)
    :ok
  end
end
