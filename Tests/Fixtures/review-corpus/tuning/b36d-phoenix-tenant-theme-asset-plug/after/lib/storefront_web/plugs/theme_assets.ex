defmodule StorefrontWeb.Plugs.ThemeAssets do
  @moduledoc """
  Serves per-tenant theme files uploaded through the merchant dashboard.

  Mounted in the endpoint before the router:

      plug StorefrontWeb.Plugs.ThemeAssets, at: "/theme"
  """

  @behaviour Plug

  import Plug.Conn

  # Themes can now ship their own fonts, images and stylesheets
  # (e.g. /theme/fonts/brand.woff2, /theme/img/hero.jpg).
  @content_types %{
    ".png" => "image/png",
    ".jpg" => "image/jpeg",
    ".ico" => "image/x-icon",
    ".css" => "text/css",
    ".woff2" => "font/woff2"
  }

  @impl true
  def init(opts) do
    at = Keyword.fetch!(opts, :at)
    %{segments: Plug.Router.Utils.split(at)}
  end

  @impl true
  def call(%Plug.Conn{path_info: path_info} = conn, %{segments: segments}) do
    with {:ok, rest} when rest != [] <- strip_prefix(path_info, segments),
         {:ok, relative} <- Path.safe_relative(Path.join(rest)),
         {:ok, type} <- Map.fetch(@content_types, Path.extname(relative)) do
      serve(conn, relative, type)
    else
      :nomatch -> conn
      _ -> conn |> send_resp(404, "not found") |> halt()
    end
  end

  defp serve(conn, relative, type) do
    tenant = conn.assigns[:current_tenant]
    path = tenant && Path.join(theme_root(tenant), relative)

    if path && File.regular?(path) do
      conn
      |> put_resp_content_type(type, nil)
      |> put_resp_header("cache-control", "public, max-age=300")
      |> put_resp_header("x-content-type-options", "nosniff")
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

  defp theme_root(tenant) do
    Path.join([Application.fetch_env!(:storefront, :uploads_dir), "themes", to_string(tenant.id)])
  end
end
