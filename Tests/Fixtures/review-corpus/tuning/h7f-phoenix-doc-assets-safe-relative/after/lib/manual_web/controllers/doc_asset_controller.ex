defmodule ManualWeb.DocAssetController do
  @moduledoc """
  Serves files that belong to a published documentation site: images and
  downloads that authors upload alongside their pages.
  """
  use ManualWeb, :controller

  alias Manual.Sites

  plug :fetch_site

  # GET /sites/:site_slug/attachments/:id
  def attachment(conn, %{"id" => id}) do
    attachment = Sites.get_attachment!(conn.assigns.site, id)

    conn
    |> put_resp_header("cache-control", "public, max-age=300")
    |> put_resp_header("x-content-type-options", "nosniff")
    |> put_resp_content_type(attachment.content_type)
    |> send_file(200, Sites.attachment_path(attachment))
  end

  # GET /sites/:site_slug/assets/*path
  #
  # Static sites built by `mix manual.build` reference their images with
  # relative paths (assets/img/diagram.png), so serve them straight from the
  # site's build directory.
  def asset(conn, %{"path" => segments}) when is_list(segments) do
    root = Sites.build_dir(conn.assigns.site)

    with {:ok, relative} <- Path.safe_relative(Path.join(segments), root),
         full = Path.join(root, relative),
         true <- File.regular?(full) do
      conn
      |> put_resp_header("cache-control", "public, max-age=3600")
      |> put_resp_header("x-content-type-options", "nosniff")
      |> put_resp_content_type(MIME.from_path(full))
      |> send_file(200, full)
    else
      _ -> not_found(conn)
    end
  end

  defp fetch_site(conn, _opts) do
    case Sites.get_published_site(conn.params["site_slug"]) do
      nil ->
        conn
        |> not_found()
        |> halt()

      site ->
        assign(conn, :site, site)
    end
  end

  defp not_found(conn) do
    conn
    |> put_status(:not_found)
    |> put_view(ManualWeb.ErrorHTML)
    |> render(:"404")
  end
end
