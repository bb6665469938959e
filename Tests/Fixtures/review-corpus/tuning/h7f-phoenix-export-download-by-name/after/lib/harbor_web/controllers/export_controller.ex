defmodule HarborWeb.ExportController do
  use HarborWeb, :controller

  alias Harbor.Exports
  alias Harbor.Exports.Export

  action_fallback HarborWeb.FallbackController

  def index(conn, _params) do
    exports = Exports.list_exports(conn.assigns.current_user)
    render(conn, :index, exports: exports)
  end

  def create(conn, %{"export" => export_params}) do
    user = conn.assigns.current_user

    with {:ok, %Export{} = export} <- Exports.request_export(user, export_params) do
      conn
      |> put_flash(:info, "Your export is being prepared. We'll email you when it's ready.")
      |> redirect(to: ~p"/exports/#{export}")
    end
  end

  def show(conn, %{"id" => id}) do
    export = Exports.get_export!(conn.assigns.current_user, id)
    render(conn, :show, export: export)
  end

  # Links in the "export ready" email point at the generated file name
  # (e.g. /exports/files?name=orders-2024-05-01.csv) so they keep working
  # after old export rows are pruned.
  def download_by_name(conn, %{"name" => name}) do
    path = Path.join(exports_dir(), name)

    if File.regular?(path) do
      send_download(conn, {:file, path}, filename: Path.basename(path))
    else
      conn
      |> put_status(:not_found)
      |> put_view(html: HarborWeb.ErrorHTML)
      |> render(:"404")
    end
  end

  def download(conn, %{"id" => id}) do
    export = Exports.get_export!(conn.assigns.current_user, id)

    case export.status do
      :ready ->
        conn
        |> put_resp_content_type(export.content_type)
        |> send_download({:file, export.path}, filename: export.filename)

      _ ->
        conn
        |> put_flash(:error, "This export is not ready yet.")
        |> redirect(to: ~p"/exports/#{export}")
    end
  end

  defp exports_dir do
    Application.fetch_env!(:harbor, Harbor.Exports)[:storage_dir]
  end
end
