defmodule StorefrontWeb.Plugs.ThemeAssets do
  @moduledoc """
  Serves per-tenant theme files uploaded through the merchant dashboard.

  Mounted in the endpoint before the router:

      plug StorefrontWeb.Plugs.ThemeAssets, at: "/theme"
  """

  @behaviour Plug

  import Plug.Conn

  @allowed %{"logo.png" => "image/png", "favicon.ico" => "image/x-icon"}

  @impl true
  def init(opts) do
    at = Keyword.fetch!(opts, :at)
    %{segments: Plug.Router.Utils.split(at)}
  end

  @impl true
  def call(%Plug.Conn{path_info: path_info} = conn, %{segments: segments}) do
    case strip_prefix(path_info, segments) do
      {:ok, [name]} when is_map_key(@allowed, name) -> serve(conn, name)
      {:ok, _other} -> conn |> send_resp(404, "not found") |> halt()
      :nomatch -> conn
    end
  end

  defp serve(conn, name) do
    tenant = conn.assigns[:current_tenant]
    path = Path.join(theme_root(tenant), name)

    if tenant && File.regular?(path) do
      conn
      |> put_resp_content_type(Map.fetch!(@allowed, name), nil)
      |> put_resp_header("cache-control", "public, max-age=300")
      |> send_file(200, path)
      |> halt()
    else
      conn |> send_resp(404, "not found") |> halt()
    end
  end

  defp strip_prefix(path_info, segments) do
    if List.starts_with?(path_info, segments) do
      {:ok, Enum.drop(path_info, length(segments))}
    else
      :nomatch
    end
  end

  defp theme_root(nil), do: nil

  defp theme_root(tenant) do
    Path.join([Application.fetch_env!(:storefront, :uploads_dir), "themes", to_string(tenant.id)])
  end
end
